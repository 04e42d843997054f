// AgriCluster JShell start-up: imports the library's types so that three lines make a result.
// Launch from the repository root (see README):
//   mvn -q -pl core -am compile && jshell --class-path "core/target/classes:$(cat core/target/jshell.classpath)" jshell/startup.jsh
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.agricluster.measure.*;
import org.agricluster.actor.*;
import org.agricluster.cluster.*;
import org.agricluster.calendar.*;
import org.agricluster.strategy.*;
import org.agricluster.scoring.*;
import org.agricluster.economics.*;
import org.agricluster.report.*;
import org.agricluster.json.*;
import org.agricluster.field.*;
import org.agricluster.audit.*;
import static org.agricluster.measure.CurrencyUnit.*;
System.out.println("AgriCluster ready: all AgriCluster packages imported; KHR, USD, TJS, EUR in scope.");
System.out.println("Try: Money.of(KHR, 3_000_000).dividedBy(Area.ofSquareMetres(2000)).amountPerHectare()");
