// Run by .ci/run after startup.jsh: the README's JShell quick start must keep working.
var perHa = Money.of(KHR, 3_000_000).dividedBy(Area.ofSquareMetres(2000)).amountPerHectare();
if (!perHa.equals(Money.parse("KHR 15,000,000"))) throw new AssertionError("JShell quick start broke: " + perHa);
System.out.println("jshell quick start: " + perHa);
var card = Scorecard.builder().criteria(CriteriaTemplates.preAssessment()).scores("Kaphon", 3, 3, 2).scores("Katout", 2, 3, 2).scores("Badeum", 0, 1, 1).build();
System.out.println(ScoringTables.scorecard(card.evaluate()).toText());
var statement = card.ranking().top(2, CutOff.INCLUDE_TIES).statement();
if (!statement.contains("Kaphon, Katout")) throw new AssertionError("JShell scoring quick start broke: " + statement);
System.out.println(statement);
var villages = Scorecard.builder().criteria(CriteriaTemplates.preAssessment()).candidates(Stream.of("Kaphon", "Katout", "Samkhuoy", "Hang Savath", "Badeum").map(Candidate::of).toList()).build();
var sheet = FieldImport.defaults().scores(Path.of("examples/src/main/resources/org/agricluster/examples/field/kobo-sesan-scores.csv"), villages);
var ranked = ScoringTables.ranking(sheet.records().get(0).ranking()).toText();
if (!sheet.isClean() || !ranked.contains("1  Kaphon")) throw new AssertionError("JShell field quick start broke: " + sheet.report() + ranked);
System.out.println(ranked);
/exit
