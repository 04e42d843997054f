// Run by .ci/run after startup.jsh: the README's JShell quick start must keep working.
var perHa = Money.of(KHR, 3_000_000).dividedBy(Area.ofSquareMetres(2000)).amountPerHectare();
if (!perHa.equals(Money.parse("KHR 15,000,000"))) throw new AssertionError("JShell quick start broke: " + perHa);
System.out.println("jshell quick start: " + perHa);
var card = Scorecard.builder().criteria(CriteriaTemplates.preAssessment()).scores("Kaphon", 3, 3, 2).scores("Katout", 2, 3, 2).scores("Badeum", 0, 1, 1).build();
System.out.println(ScoringTables.scorecard(card.evaluate()).toText());
var statement = card.ranking().top(2, CutOff.INCLUDE_TIES).statement();
if (!statement.contains("Kaphon, Katout")) throw new AssertionError("JShell scoring quick start broke: " + statement);
System.out.println(statement);
/exit
