package org.agricluster.examples;

import java.io.PrintStream;

/** One runnable walkthrough of a capability of the library, printing what a person would read. */
interface Walkthrough {
  /** The name to run it by: {@code measures}. */
  String name();

  /** One line saying what it shows. */
  String title();

  /** Runs the walkthrough, printing to {@code out}. */
  void run(PrintStream out);
}
