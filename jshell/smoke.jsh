// Run by .ci/run after startup.jsh: the README's JShell quick start must keep working.
var perHa = Money.of(KHR, 3_000_000).dividedBy(Area.ofSquareMetres(2000)).perHectare();
if (!perHa.equals(Money.parse("KHR 15,000,000"))) throw new AssertionError("JShell quick start broke: " + perHa);
System.out.println("jshell quick start: " + perHa);
/exit
