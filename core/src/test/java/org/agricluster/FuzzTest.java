package org.agricluster;

import static org.agricluster.PropertyTests.qt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Stream;
import org.agricluster.calendar.IsoWeek;
import org.agricluster.measure.Area;
import org.agricluster.measure.Change;
import org.agricluster.measure.CurrencyUnit;
import org.agricluster.measure.ExchangeRate;
import org.agricluster.measure.LocalUnit;
import org.agricluster.measure.Mass;
import org.agricluster.measure.Money;
import org.agricluster.measure.MoneyPerArea;
import org.agricluster.measure.PricePerMass;
import org.agricluster.measure.Share;
import org.agricluster.measure.YieldPerArea;
import org.agricluster.scoring.Candidate;
import org.agricluster.scoring.Scale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.quicktheories.generators.SourceDSL;

/**
 * Every {@code parse} method and every factory that takes text or decimals, fed malformed, huge and
 * adversarial input: mutated text forms, random Unicode, line separators, 1 MB strings, numbers with
 * thousands of digits and exponents in the millions. Only the documented exceptions may come out
 * ({@link IllegalArgumentException}), and every value that is accepted reads back from its own text.
 * The {@code @Timeout} turns a hang into a failure; it is a guard, not a performance target.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class FuzzTest {
  private static final int EXAMPLES = 3_000;

  /** One parser with a valid text of its own type to mutate. */
  record Parser(String name, Function<String, Object> parse, String valid) {
    @Override
    public String toString() {
      return name;
    }
  }

  static Stream<Arguments> parsers() {
    return Stream.of(
        new Parser("Money", Money::parse, "KHR 3,000,000"),
        new Parser("Area", Area::parse, "2000.5 m²"),
        new Parser("Mass", Mass::parse, "1,500 kg"),
        new Parser("PricePerMass", PricePerMass::parse, "KHR 2,500/kg"),
        new Parser("MoneyPerArea", MoneyPerArea::parse, "KHR 15,000,000/ha"),
        new Parser("YieldPerArea", YieldPerArea::parse, "25 t/ha"),
        new Parser("Share", Share::parse, "433/1496"),
        new Parser("Change", Change::parse, "+2/13 (≈+15.38%)"),
        new Parser("LocalUnit", LocalUnit::parse, "big sack = 50 kg"),
        new Parser("ExchangeRate", ExchangeRate::parse, "1 USD = 4,000 KHR on 2024-01-15 (ASPIRE report)"),
        new Parser("IsoWeek", IsoWeek::parse, "2024-W14"),
        new Parser("CurrencyUnit", CurrencyUnit::of, "KHR"))
        .map(Arguments::of);
  }

  /** Characters the text forms use, and some they must never mistake for them. */
  private static final String ALPHABET = "0123456789,.-+ /=%()EeWkgtmha²KHRUSDonpiecs\t\n\r\u0085\u2028\u2029\u00a0"
      + "\u0660\u0967\u17e0\u17e1\u1780\u1781\u0436\u202e\ufeff\u0000\ud83c\udf3e";

  /** The longest text {@link #mutate} makes. */
  static final int MAX_MUTATED_LENGTH = 100_000;

  /** Mutates a valid text: replacements, insertions, deletions, repetitions, truncations. */
  static String mutate(String valid, long seed) {
    Random random = new Random(seed);
    StringBuilder s = new StringBuilder(valid);
    int edits = 1 + random.nextInt(6);
    for (int e = 0; e < edits; e++) {
      int at = s.length() == 0 ? 0 : random.nextInt(s.length() + 1);
      switch (random.nextInt(7)) {
        case 0 -> s.insert(at, ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        case 1 -> { if (at < s.length()) { s.deleteCharAt(at); } }
        case 2 -> { if (at < s.length()) { s.setCharAt(at, ALPHABET.charAt(random.nextInt(ALPHABET.length()))); } }
        case 3 -> s.insert(at, String.valueOf(ALPHABET.charAt(random.nextInt(ALPHABET.length()))).repeat(random.nextInt(1_200)));
        case 4 -> s.setLength(at);
        case 5 -> s.insert(at, (char) random.nextInt(0x10000));
        default -> {
          // repeated prefixes grow geometrically over six edits; past 100,000 characters every
          // factory already refuses the text by its length, so larger texts would test nothing new
          int times = random.nextInt(40);
          if ((long) at * times + s.length() <= MAX_MUTATED_LENGTH) {
            s.insert(at, s.substring(0, at).repeat(times));
          }
        }
      }
    }
    return s.toString();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("parsers")
  void mutatedTextIsReadOrRefusedWithIllegalArgument_andWhatIsReadReadsBackFromItsOwnText(Parser parser) {
    qt(EXAMPLES).forAll(SourceDSL.longs().all()).checkAssert(seed -> {
      String text = mutate(parser.valid(), seed);
      Object value;
      try {
        value = parser.parse().apply(text);
      } catch (IllegalArgumentException refused) {
        readable(refused);
        return;
      }
      assertThat(parser.parse().apply(value.toString())).as("%s read back from '%s'", parser, value).isEqualTo(value);
    });
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("parsers")
  void randomUnicode_isRefusedWithIllegalArgument(Parser parser) {
    qt(EXAMPLES).forAll(SourceDSL.strings().allPossible().ofLengthBetween(0, 200)).checkAssert(text -> {
      try {
        Object value = parser.parse().apply(text);
        assertThat(parser.parse().apply(value.toString())).isEqualTo(value);
      } catch (IllegalArgumentException refused) {
        readable(refused);
      }
    });
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("parsers")
  void aOneMegabyteString_isRefusedAtOnce(Parser parser) {
    for (String huge : List.of("7".repeat(1 << 20), " ".repeat(1 << 20), parser.valid() + " ".repeat(1 << 20),
        "\u2028".repeat(1 << 20), ("1,000" + "/").repeat(200_000))) {
      assertThatThrownBy(() -> parser.parse().apply(huge)).isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("characters");
    }
  }

  /** Decimals with up to 2,000 digits and exponents up to a billion either way. */
  static BigDecimal decimal(long seed) {
    Random random = new Random(seed);
    int digits = switch (random.nextInt(4)) {
      case 0 -> 1 + random.nextInt(5);
      case 1 -> 1 + random.nextInt(40);
      case 2 -> 1 + random.nextInt(400);
      default -> 1 + random.nextInt(2_000);
    };
    BigInteger unscaled = new BigInteger(digits * 4, random);
    int scale = switch (random.nextInt(4)) {
      case 0 -> random.nextInt(10);
      case 1 -> random.nextInt(400) - 200;
      case 2 -> random.nextInt();
      default -> random.nextBoolean() ? Integer.MAX_VALUE - random.nextInt(5) : Integer.MIN_VALUE + random.nextInt(5);
    };
    BigDecimal value = new BigDecimal(unscaled, scale);
    return random.nextBoolean() ? value : value.negate();
  }

  @Test
  void everyDecimalFactory_acceptsOrRefusesWithIllegalArgument_andWhatItAcceptsReadsBack() {
    qt(EXAMPLES).forAll(SourceDSL.longs().all()).checkAssert(seed -> {
      BigDecimal v = decimal(seed);
      roundTrips(() -> Money.of(CurrencyUnit.USD, v), Money::parse);
      roundTrips(() -> Area.ofSquareMetres(v), Area::parse);
      roundTrips(() -> Area.ofHectares(v), Area::parse);
      roundTrips(() -> Mass.ofKilograms(v), Mass::parse);
      roundTrips(() -> Mass.ofTonnes(v), Mass::parse);
      roundTrips(() -> YieldPerArea.ofTonnesPerHectare(v), YieldPerArea::parse);
      roundTrips(() -> Share.ofFraction(v), Share::parse);
      roundTrips(() -> Share.ofPercent(v), Share::parse);
      roundTrips(() -> Change.ofPercent(v), Change::parse);
      roundTrips(() -> Change.between(v, BigDecimal.ONE), Change::parse);
      roundTrips(() -> Change.between(BigDecimal.valueOf(3), v), Change::parse);
      roundTrips(() -> LocalUnit.ofPieces("bunch", v), LocalUnit::parse);
      roundTrips(() -> ExchangeRate.of(CurrencyUnit.USD, CurrencyUnit.KHR, v, LocalDate.of(2024, 1, 15), "fuzz"),
          ExchangeRate::parse);
      acceptsOrRefuses(() -> Money.of(CurrencyUnit.KHR, 3_000_000).multipliedBy(v));
      acceptsOrRefuses(() -> Money.of(CurrencyUnit.KHR, 3_000_000).dividedBy(v));
      acceptsOrRefuses(() -> Area.ofSquareMetres(2_000).multipliedBy(v));
      acceptsOrRefuses(() -> Share.ofRatio(v, BigDecimal.ONE));
    });
  }

  /** Found by the explore profile: six doubling edits once asked for a string past Java's limit. */
  @Test
  void mutatingNeverGrowsATextPastTheCap_seedMinus1326629106262503890() {
    assertThat(mutate("Area 3 (Sesan)", -1326629106262503890L).length()).isLessThanOrEqualTo(MAX_MUTATED_LENGTH + 1_200 * 6);
  }

  @Test
  void textFactories_acceptOrRefuseNamesOfAnyKind() {
    qt(EXAMPLES).forAll(SourceDSL.longs().all()).checkAssert(seed -> {
      String name = mutate("Area 3 (Sesan)", seed);
      acceptsOrRefuses(() -> Candidate.of(name));
      acceptsOrRefuses(() -> Scale.of(name, 0, 3));
      roundTrips(() -> LocalUnit.ofMass(name, Mass.ofKilograms(50)), LocalUnit::parse);
      roundTrips(() -> ExchangeRate.of(CurrencyUnit.USD, CurrencyUnit.KHR, 4_000, LocalDate.of(2024, 1, 15), name),
          ExchangeRate::parse);
    });
  }

  /** A refusal names the input briefly: never a blank message, never one that repeats a huge input. */
  private static void readable(RuntimeException refusal) {
    String message = refusal.getMessage();
    assertThat(message).isNotNull();
    assertThat(message.length()).as("length of the message of %s", refusal.getClass().getSimpleName()).isBetween(1, 2_000);
  }

  private static void acceptsOrRefuses(java.util.function.Supplier<Object> factory) {
    try {
      assertThat(factory.get().toString()).isNotNull();
    } catch (IllegalArgumentException refused) {
      readable(refused);
    } catch (ArithmeticException divisionByZero) {
      readable(divisionByZero);
      assertThat(divisionByZero.getMessage()).contains("zero");
    }
  }

  private static <T> void roundTrips(java.util.function.Supplier<T> factory, Function<String, T> parse) {
    T value;
    try {
      value = factory.get();
    } catch (IllegalArgumentException refused) {
      readable(refused);
      return;
    }
    assertThat(parse.apply(value.toString())).as("read back from '%s'", value).isEqualTo(value);
  }
}
