package org.agricluster;

import static org.agricluster.measure.CurrencyUnit.KHR;
import static org.agricluster.measure.CurrencyUnit.USD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.agricluster.calendar.DemandCalendar;
import org.agricluster.calendar.ExampleCrops;
import org.agricluster.calendar.Horizon;
import org.agricluster.calendar.IsoWeek;
import org.agricluster.calendar.Planner;
import org.agricluster.calendar.PlannerMember;
import org.agricluster.measure.Area;
import org.agricluster.measure.ExchangeRate;
import org.agricluster.measure.LocalUnit;
import org.agricluster.measure.Mass;
import org.agricluster.measure.Money;
import org.agricluster.measure.MoneyPerArea;
import org.agricluster.measure.PricePerMass;
import org.agricluster.measure.Share;
import org.agricluster.scoring.Candidate;
import org.agricluster.scoring.Criterion;
import org.agricluster.scoring.Scale;
import org.agricluster.scoring.Scorecard;
import org.agricluster.scoring.Scorer;
import org.agricluster.strategy.Action;
import org.agricluster.strategy.ActionStatus;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every input that once hung the library, exhausted its memory or was silently misread, refused at
 * once with a message that names it. The {@code @Timeout} turns a hang into a failure; it is a guard,
 * not a performance target.
 */
@Timeout(value = 10, unit = TimeUnit.SECONDS)
class SupportedRangesTest {
  private static final String SPACES = " ".repeat(3_000);

  @Nested
  class ParsingIsLinearAndBounded {
    @Test
    void longBlankText_isRefusedAtOnce_byEveryParser() {
      assertThatThrownBy(() -> PricePerMass.parse(SPACES)).isInstanceOf(IllegalArgumentException.class)
          .hasMessage("Price text must be at most 1000 characters but was '                                        …' (3,000 characters)");
      assertThatThrownBy(() -> MoneyPerArea.parse(SPACES)).isInstanceOf(IllegalArgumentException.class)
          .hasMessageStartingWith("Money per area text must be at most 1000 characters");
      assertThatThrownBy(() -> LocalUnit.parse(SPACES)).isInstanceOf(IllegalArgumentException.class)
          .hasMessageStartingWith("Local unit text must be at most 1000 characters");
    }

    @Test
    void textJustUnderTheLimit_withNestedSpaces_isRefusedQuickly() {
      String text = " ".repeat(400) + "x" + " ".repeat(400) + "=" + " ".repeat(150);
      assertThatThrownBy(() -> LocalUnit.parse(text)).isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> PricePerMass.parse(" ".repeat(490) + "/" + " ".repeat(490) + "kg"))
          .isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> MoneyPerArea.parse("KHR" + " ".repeat(990) + "/ha")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aDecimalComma_isNeverReadAsAThousandsSeparator() {
      assertThatThrownBy(() -> Money.parse("USD 1,50")).isInstanceOf(IllegalArgumentException.class)
          .hasMessage("Money text must be like 'KHR 3,000,000' or 'USD 750.00' but was 'USD 1,50'");
      assertThatThrownBy(() -> Area.parse("1,5 ha")).isInstanceOf(IllegalArgumentException.class)
          .hasMessageStartingWith("Area text must be a number");
      assertThatThrownBy(() -> Money.parse("KHR 3,0000")).isInstanceOf(IllegalArgumentException.class);
      assertThat(Money.parse("KHR 3,000,000")).isEqualTo(Money.of(KHR, 3_000_000));
      assertThat(Area.parse("1,500 ha")).isEqualTo(Area.ofHectares(1_500));
      assertThat(Area.parse("1.5 ha")).isEqualTo(Area.ofSquareMetres(15_000));
    }
  }

  @Nested
  class DecimalsOutsideTheSupportedRange {
    @ParameterizedTest
    @ValueSource(strings = {"1E100000000", "1E-999999999", "1E+100", "-1E+100", "1E-151"})
    void areRefusedByEveryFactory_beforeAnyCostlyWork(String text) {
      BigDecimal value = new BigDecimal(text);
      String range = "a number of at most 300 significant digits, below 10^100 in magnitude and with at most 150 decimals";
      assertThatThrownBy(() -> Money.of(KHR, value)).isInstanceOf(IllegalArgumentException.class)
          .hasMessage("Amount of money must be " + range + " but was " + value);
      assertThatThrownBy(() -> Area.ofSquareMetres(value.abs())).isInstanceOf(IllegalArgumentException.class)
          .hasMessageStartingWith("Area must be " + range);
      assertThatThrownBy(() -> ExchangeRate.of(USD, KHR, value.abs(), LocalDate.of(2024, 1, 1), "test"))
          .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("Rate USD→KHR must be " + range);
      assertThatThrownBy(() -> Share.ofFraction(value.abs())).isInstanceOf(IllegalArgumentException.class)
          .hasMessageStartingWith("Share as a fraction must be " + range);
    }

    @Test
    void aHundredThousandDigitAmount_isRefusedNamingItsLength() {
      BigDecimal huge = new BigDecimal("7".repeat(100_000));
      assertThatThrownBy(() -> Money.of(KHR, huge)).isInstanceOf(IllegalArgumentException.class)
          .hasMessageEndingWith("but was a number of about 100000 digits");
      assertThatThrownBy(() -> Money.parse("KHR " + "7".repeat(900))).isInstanceOf(IllegalArgumentException.class)
          .hasMessageStartingWith("Amount of money must be a number of at most 300 significant digits");
    }

    @Test
    void theEdgesOfTheRange_areAccepted() {
      BigDecimal largest = new BigDecimal("9".repeat(100));
      assertThat(Money.of(USD, largest).amount()).isEqualTo(largest);
      assertThat(Money.of(USD, new BigDecimal("1E-150")).amount()).isEqualByComparingTo("1E-150");
      assertThat(Money.of(USD, new BigDecimal("1.000000000000000000000000000000000000000000000000000000000000000000"
          + "0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"
          + "0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"
          + "000000000000000000000000000000000000000000000000000000000000000"))).isEqualTo(Money.of(USD, 1));
    }

    @Test
    void roundingToAnAbsurdScale_isRefused() {
      assertThatThrownBy(() -> Money.of(KHR, 5).rounded(100_000_000, RoundingMode.HALF_EVEN))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("Scale to round KHR 5 to must be in -100..150 but was 100000000");
    }

    @Test
    void roundingThatIsNecessary_underUnnecessary_namesTheAmount() {
      assertThatThrownBy(() -> Money.of(USD, new BigDecimal("1.005")).rounded(RoundingMode.UNNECESSARY))
          .isInstanceOf(ArithmeticException.class)
          .hasMessage("USD 1.005 needs rounding to 2 decimals, but the rounding mode is UNNECESSARY");
      assertThatThrownBy(() -> Money.of(KHR, 1_050).roundedToCash(RoundingMode.UNNECESSARY))
          .isInstanceOf(ArithmeticException.class)
          .hasMessage("KHR 1,050 needs rounding to a multiple of KHR 100, but the rounding mode is UNNECESSARY");
    }

    @Test
    void aRatioToZero_namesBothAmounts() {
      assertThatThrownBy(() -> Money.of(USD, 1).ratioTo(Money.zero(USD))).isInstanceOf(ArithmeticException.class)
          .hasMessage("Cannot take the ratio of USD 1.00 to USD 0.00: it is zero");
      assertThatThrownBy(() -> Mass.ofKilograms(1).ratioTo(Mass.ZERO)).isInstanceOf(ArithmeticException.class)
          .hasMessage("Cannot take the ratio of 1 kg to 0 kg: it is zero");
    }
  }

  @Nested
  class TextFormsRoundTrip {
    @Test
    void aLocalUnitNameWithSpacesAround_isRefused_soItsTextReadsBack() {
      assertThatThrownBy(() -> LocalUnit.ofMass("sack ", Mass.ofKilograms(50))).isInstanceOf(IllegalArgumentException.class)
          .hasMessageEndingWith("but was 'sack '");
      assertThatThrownBy(() -> LocalUnit.ofMass("big  sack", Mass.ofKilograms(50))).isInstanceOf(IllegalArgumentException.class);
      LocalUnit bigSack = LocalUnit.ofMass("big sack", Mass.ofKilograms(80));
      assertThat(LocalUnit.parse(bigSack.toString())).isEqualTo(bigSack);
    }

    @ParameterizedTest
    @ValueSource(strings = {"NBC\rrate", "NBC\u0085rate", "NBC\u2028rate", "NBC\u2029rate", "NBC\nrate", "NBC\u0000"})
    void anExchangeRateSourceWithALineBreakOrControlCharacter_isRefused(String source) {
      assertThatThrownBy(() -> ExchangeRate.of(USD, KHR, 4_000, LocalDate.of(2024, 1, 15), source))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageStartingWith("Source of rate USD→KHR must be a single line without control characters");
    }

    @Test
    void anExchangeRateSourceWithParentheses_readsBack() {
      ExchangeRate rate = ExchangeRate.of(USD, KHR, 4_000, LocalDate.of(2024, 1, 15), "(NBC) mid-rate (official)");
      assertThat(ExchangeRate.parse(rate.toString())).isEqualTo(rate);
    }

    /** Falsifying cases the fuzz suite found with random seeds, kept as examples. */
    @Test
    void aShareWhoseExactPercentIsOutOfRange_printsAsAFractionThatReadsBack() {
      Share tiny = Share.parse("1/" + java.math.BigInteger.TWO.pow(900));
      assertThat(tiny.toString()).startsWith("1/" + java.math.BigInteger.TWO.pow(900) + " (≈");
      assertThat(Share.parse(tiny.toString())).isEqualTo(tiny);
    }

    @Test
    void aShareWithADenominatorOfMoreThan300Digits_isRefused_soItsTextStaysShort() {
      assertThatThrownBy(() -> Share.parse("433/1" + "7".repeat(990))).isInstanceOf(IllegalArgumentException.class)
          .hasMessageEndingWith("must be a fraction whose reduced denominator has at most 300 digits but was one of about 990 digits");
    }

    @Test
    void aCurrencyCodeInMixedCase_isRefused_thoughTheJdkAcceptsSome() {
      assertThatThrownBy(() -> org.agricluster.measure.CurrencyUnit.of("HRk")).isInstanceOf(IllegalArgumentException.class)
          .hasMessage("Currency code must be an ISO 4217 code such as KHR, USD or TJS but was 'HRk'");
    }

    @Test
    void zeroWithAnExtremeExponent_isZero_andNeverPrintedInFull() {
      BigDecimal zero = new BigDecimal(java.math.BigInteger.ZERO, Integer.MIN_VALUE);
      assertThat(Money.of(USD, zero)).isEqualTo(Money.zero(USD));
      assertThatThrownBy(() -> LocalUnit.ofPieces("bunch", zero)).isInstanceOf(IllegalArgumentException.class)
          .hasMessage("Pieces in local unit 'bunch' must be > 0 but was 0");
      assertThatThrownBy(() -> Area.ofSquareMetres(2_000).dividedBy(zero)).isInstanceOf(IllegalArgumentException.class)
          .hasMessage("Divisor of area 2,000 m² must be > 0 but was 0");
    }

    @Test
    void isoWeeksLieInTheYears1To9999_soEveryWeekPrintsAsTextThatReadsBack() {
      assertThatThrownBy(() -> IsoWeek.of(-1, 1)).isInstanceOf(IllegalArgumentException.class)
          .hasMessage("Year of an ISO week must be in 1..9999 but was -1");
      assertThatThrownBy(() -> IsoWeek.of(10_000, 1)).isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> IsoWeek.of(Integer.MAX_VALUE, 1)).isInstanceOf(IllegalArgumentException.class)
          .hasMessage("Year of an ISO week must be in 1..9999 but was 2147483647");
      assertThatThrownBy(() -> IsoWeek.of(2024, 1).plusWeeks(Long.MAX_VALUE)).isInstanceOf(IllegalArgumentException.class)
          .hasMessageStartingWith("Weeks to add to 2024-W01 must be in ");
      assertThatThrownBy(() -> IsoWeek.of(2024, 1).plusWeeks(Long.MIN_VALUE)).isInstanceOf(IllegalArgumentException.class);
      IsoWeek first = IsoWeek.of(1, 1);
      IsoWeek last = IsoWeek.from(LocalDate.of(9999, 12, 20));
      assertThat(first.toString()).isEqualTo("0001-W01");
      assertThat(IsoWeek.parse(first.toString())).isEqualTo(first);
      assertThat(IsoWeek.parse(last.toString())).isEqualTo(last);
    }
  }

  @Nested
  class SizesThatWouldExhaustMemoryOrTime {
    @Test
    void aHorizonLongerThan520Weeks_isRefused() {
      assertThatThrownBy(() -> Horizon.of(IsoWeek.of(2024, 1), Integer.MAX_VALUE)).isInstanceOf(IllegalArgumentException.class)
          .hasMessage("Length of a horizon from 2024-W01 must be in 1..520 weeks but was 2147483647 weeks");
      assertThat(Horizon.of(IsoWeek.of(2024, 1), 520).weeks()).isEqualTo(520);
    }

    @Test
    void aScaleBoundOutsideMinus1000To1000_isRefused_soItNeitherLoopsNorOverflows() {
      assertThatThrownBy(() -> Scale.of("x", Integer.MAX_VALUE - 2, Integer.MAX_VALUE)).isInstanceOf(IllegalArgumentException.class)
          .hasMessage("Minimum of scale 'x' must be in -1000..1000 but was 2147483645");
      assertThatThrownBy(() -> Scale.labelled("x", Integer.MAX_VALUE, List.of("a", "b"), List.of()))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("Minimum of scale 'x' must be in -1000..1000 but was 2147483647");
      assertThatThrownBy(() -> Scale.labelled("x", 1_000, List.of("a", "b"), List.of()))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("Number of labels of scale 'x' from 1000 must be at most 1 (the highest value of a scale is 1000) but was 2");
    }

    @Test
    void aScoreOfIntegerMinValue_isOffEveryScale() {
      Criterion criterion = Criterion.of("c", Scale.of("wide", Scale.MIN_VALUE, Scale.MAX_VALUE));
      assertThatThrownBy(() -> Scorecard.builder().criterion(criterion).score(Scorer.SOLE, Candidate.of("a"), criterion,
          Integer.MIN_VALUE)).isInstanceOf(IllegalArgumentException.class)
          .hasMessage("Score for criterion 'c' of candidate 'a' must be in -1000..1000 but was -2147483648");
    }

    @Test
    void aScorecardOfMoreThanTenMillionCells_isRefused_withoutOverflow() {
      Scorecard.Builder builder = Scorecard.builder();
      Criterion first = null;
      for (int k = 0; k < 50_000; k++) {
        Criterion c = Criterion.of("criterion " + k, Scale.POTENTIAL);
        first = first == null ? c : first;
        builder.criterion(c);
      }
      for (int c = 0; c < 50_000; c++) {
        builder.candidate(Candidate.of("candidate " + c));
      }
      builder.score(Scorer.SOLE, Candidate.of("candidate 0"), first, 1);
      assertThatThrownBy(builder::build).isInstanceOf(IllegalArgumentException.class)
          .hasMessage("Size of a scorecard (scorers × candidates × criteria = 1 × 50000 × 50000) must be at most "
              + "10000000 cells but was 2500000000");
    }

    @Test
    void aHundredThousandCriteria_areCheckedForDuplicateIdsInLinearTime() {
      List<Criterion> criteria = new ArrayList<>();
      for (int k = 0; k < 100_000; k++) {
        criteria.add(Criterion.of("criterion " + k, Scale.POTENTIAL));
      }
      Scorecard.Builder builder = Scorecard.builder().criteria(criteria);
      assertThatThrownBy(() -> builder.criterion(Criterion.of("criterion 7", Scale.POTENTIAL)))
          .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("Id of criterion 'criterion 7'");
    }

    @Test
    void plannerDemandBeyondWhatDoublesCarryExactly_isRefusedNamingIt() {
      Horizon year = Horizon.of(IsoWeek.of(2024, 1), 52);
      DemandCalendar demand = DemandCalendar.builder(year).everyWeek("cucumber", Mass.ofKilograms(new BigDecimal("1E+99"))).build();
      List<PlannerMember> members = List.of(PlannerMember.of("m", Area.ofSquareMetres(100), List.of("cucumber"), Area.ofSquareMetres(10)));
      assertThatThrownBy(() -> Planner.plan(members, List.of(ExampleCrops.CUCUMBER), demand))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageStartingWith("Demand for cucumber in week 2024-W01 must be at most ");
    }
  }

  @Nested
  class InputsOnceSilentlyMisread {
    @Test
    void aScorecardWithNoScores_isNotRanked() {
      Scorecard blank = Scorecard.builder().criterion(Criterion.of("c", Scale.POTENTIAL)).candidate(Candidate.of("a"))
          .candidate(Candidate.of("b")).build();
      assertThatThrownBy(blank::ranking).isInstanceOf(IllegalStateException.class)
          .hasMessage("Scorecard{1 criterion, 2 candidates, 0 scorers, 0 of 0 scores} has no scores yet: "
              + "enter scores before evaluating or ranking it");
    }

    @Test
    void scorecardsWithTheirCriteriaInAnotherOrder_areNotEqual() {
      Criterion a = Criterion.of("a", Scale.POTENTIAL);
      Criterion b = Criterion.of("b", Scale.POTENTIAL);
      Scorecard ab = Scorecard.builder().criteria(a, b).scores("x", 1, 2).build();
      Scorecard ba = Scorecard.builder().criteria(b, a).scores("x", 2, 1).build();
      assertThat(ab).isNotEqualTo(ba);
      assertThat(ab).isEqualTo(Scorecard.builder().criteria(a, b).scores("x", 1, 2).build());
    }

    @Test
    void anActionUpdateIsValidatedHoweverItIsMade() {
      assertThatThrownBy(() -> Action.Update.of(null, null, null, true)).isInstanceOf(NullPointerException.class)
          .hasMessage("status");
      assertThatThrownBy(() -> Action.Update.of(ActionStatus.DONE, LocalDate.of(2024, 1, 1), "done", true))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("Status of the update reopening an action on 2024-01-01 must be IN_PROGRESS but was DONE");
    }
  }
}
