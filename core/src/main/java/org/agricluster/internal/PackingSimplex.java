package org.agricluster.internal;

import java.util.Arrays;

/**
 * A small primal simplex for packing linear programmes: maximise c·x subject to A x ≤ b and x ≥ 0,
 * where every c, A and b entry is non-negative. Such a programme needs no first phase (x = 0, the
 * all-slack basis, is feasible) and is never unbounded when every column with a positive value has
 * a positive entry somewhere; the planner's relaxation has this shape (harvest against demand, land
 * in use against land).
 *
 * <p>Revised simplex with an explicit dense inverse of the basis, kept by rows (m² work per pivot:
 * updating a row from the pivot row is a loop over two arrays, which the JIT vectorises), Devex
 * pricing (the largest squared reduced profit per reference weight, the weights set back to 1 when
 * one passes {@link #MAX_WEIGHT}) over sparse columns; the reduced
 * profits are kept from pivot to pivot, from the same pivot row that updates the Devex weights, and
 * recomputed every 100 pivots and before the optimum is declared. Degenerate cycling is avoided by
 * lowering each bound by a tiny, distinct, deterministic fraction, which also keeps the answer on the
 * feasible side of the true bounds. The iterate is feasible at every step, so a pivot limit yields a
 * feasible, possibly sub-optimal, answer. Deterministic: the same input gives the same answer.
 * Memory is m² doubles, so callers keep m to a few thousand rows.
 *
 * <p>From {@link #DEFERRING_ROWS} rows on, the inverse takes {@link #DEFERRED} pivots at a time: each
 * pivot's column and pivot row are found from the inverse as it was and the pivots since (a product
 * form), and the pending pivots are applied together: the pivot rows first, one pivot after another,
 * then every other row takes the pivot rows it needs four at a time, so that each row is read and
 * written once per four pivots instead of once per pivot, and the inverse passes through the cache
 * once instead of once per pivot. It matters where the inverse outgrows the cache: at 1,756 rows
 * (25 MB; the column master of 3,000 members with random crop sets) updating it took 47 profile
 * samples against 181 applying the pivots a band of 64 columns at a time (which had itself halved
 * the cost of applying them one by one), and the thorough master of 10,000 members (2,109 rows)
 * took 47 s instead of 70, the same pivots to the last bit. At 1,240 rows deferring gained nothing
 * measurable. Below {@link #DEFERRING_ROWS} nothing changes: one pivot at a time, the same
 * operations in the same order.
 */
public final class PackingSimplex {
  private static final double PRICE_TOLERANCE = 1e-9;
  private static final double PIVOT_TOLERANCE = 1e-9;
  private static final int REFRESH_EVERY = 100;
  /**
   * Devex weights past which all are set back to 1 (a new reference framework). They only grow, by
   * the square of a pivot row's ratios at each pivot; over thousands of pivots (the column master's)
   * they reached infinity, and a candidate whose weight is infinite is never priced: the simplex
   * then declared an optimum with columns of positive reduced profit left (10 fixed crop sets at 100
   * members: the master's duals gave a bound up to 40 % above its value). Set far above what a
   * shorter run reaches, so that runs whose weights stay far from overflowing keep their pivots: with
   * 10⁸, a usual reset, the plans changed on most rows of the quality table, better and worse alike;
   * with this, only those of fixed crop sets, whose masters had overflowed.
   */
  static final double MAX_WEIGHT = 1e150;
  /** Rows from which pivots update the inverse together ({@link #DEFERRED} at a time). */
  static final int DEFERRING_ROWS = 1_500;
  /** Pivots applied to the inverse together in a large programme. */
  static final int DEFERRED = 25;

  private final int m;
  /** Columns so far; slacks are numbered after them, n + row, and renumbered when columns are added. */
  private int n;
  private double[] objective;
  /**
   * The columns' entries, one after another (column j's are at {@code start[j]} to {@code start[j + 1]}):
   * one contiguous array streams through the cache when every column is priced, where an array per
   * column is a pointer to follow each time.
   */
  private int[] entryRow = new int[0];
  private double[] entryValue = new double[0];
  private int[] start = new int[1];
  private final double[] bound;
  /** B⁻¹ by rows: updating one row from another is then a loop over two arrays, which the JIT vectorises. */
  private final double[][] inverse;
  private final int[] basis;
  private int[] positionInBasis;
  private final double[] basic;
  private final double[] duals;
  private final double[] alpha;
  /** Devex reference weights, one per column and slack: an estimate of each edge's steepness. */
  private double[] weight;
  /**
   * Each column's reduced profit at the current duals, kept up to date at every pivot from the pivot
   * row (which Devex computes anyway) and recomputed at each refresh, so that pricing reads it instead
   * of recomputing it from the column.
   */
  private double[] reduced;
  private int pivots;
  /** Pivots applied to the inverse together: 1 updates it at each pivot. */
  private final int deferred;
  /**
   * The pivots not yet in the inverse, oldest first: each one's column (B⁻¹ a of its entering
   * column when it was made), pivot position and pivot value.
   */
  private final double[][] pendingColumn;
  private final int[] pendingRow;
  private final double[] pendingPivot;
  private int pending;
  /** The current pivot row of B⁻¹ (scratch of {@link #pivot}). */
  private final double[] pivotRow;
  /** Scratch of {@link #flush}: each pending pivot's row as it was at its pivot, divided by the pivot. */
  private final double[][] kept;
  /** Scratch of {@link #flush}: the rows that pending pivots pivot on. */
  private final boolean[] pivotedRow;
  /** Scratch of {@link #flush}: a row's non-zero multipliers of the pending pivots, and which pivots. */
  private final double[] factor;
  private final int[] which;
  /** Scratch of {@link #currentRow}: a row of the pending pivots' product, and where it is not zero. */
  private final double[] product;
  private final int[] productAt;
  private final boolean[] productSet;

  /** A solver with no column yet: the all-slack basis. */
  private PackingSimplex(double[] bound, int deferred) {
    this.m = bound.length;
    this.deferred = deferred;
    this.pendingColumn = new double[deferred][m];
    this.pendingRow = new int[deferred];
    this.pendingPivot = new double[deferred];
    this.kept = new double[deferred][m];
    this.pivotedRow = new boolean[m];
    this.factor = new double[deferred];
    this.which = new int[deferred];
    this.pivotRow = new double[m];
    this.product = new double[m];
    this.productAt = new int[deferred + 1];
    this.productSet = new boolean[m];
    this.n = 0;
    this.objective = new double[0];
    this.bound = new double[m];
    for (int i = 0; i < m; i++) {
      // lowered by a distinct fraction in [1e-9, 2e-9): no two ratios tie, and the answer stays within b
      double jitter = 1e-9 * (1 + ((i * 2654435761L) & 0xFFFF) / 65536.0);
      this.bound[i] = bound[i] * (1 - jitter);
    }
    this.inverse = new double[m][m];
    for (int i = 0; i < m; i++) {
      inverse[i][i] = 1;
    }
    this.basis = new int[m];
    this.positionInBasis = new int[n + m];
    Arrays.fill(positionInBasis, -1);
    for (int i = 0; i < m; i++) {
      basis[i] = n + i;
      positionInBasis[n + i] = i;
    }
    this.basic = this.bound.clone();
    this.duals = new double[m];
    this.alpha = new double[m];
    this.weight = new double[n + m];
    Arrays.fill(weight, 1);
    this.reduced = new double[0];
  }

  /**
   * Maximises c·x subject to A x ≤ b and x ≥ 0, A given column by column.
   *
   * @param objective c, one non-negative value per column
   * @param columnRows for each column, the rows of its non-zero entries
   * @param columnValues for each column, its non-negative entries in the same order
   * @param bound b, one non-negative value per row
   * @param maxPivots the most pivots to make; the answer is feasible whenever it stops
   * @return the solution x, one value per column, never negative
   * @throws IllegalArgumentException if the shapes disagree or a value is negative or not finite
   */
  public static Solution maximise(double[] objective, int[][] columnRows, double[][] columnValues, double[] bound,
      int maxPivots) {
    PackingSimplex simplex = start(bound);
    simplex.addColumns(objective, columnRows, columnValues);
    return simplex.solve(maxPivots);
  }

  /**
   * A solver for the rows' bounds with no column yet, to which columns are added as they are found
   * (column generation): each {@link #solve} continues from the basis the last one ended with, which
   * stays feasible when columns are added.
   *
   * @param bound b, one non-negative value per row
   * @throws IllegalArgumentException if a bound is negative or not finite
   */
  public static PackingSimplex start(double[] bound) {
    Check.notNull(bound, "bound");
    return start(bound, bound.length >= DEFERRING_ROWS ? DEFERRED : 1);
  }

  /** As {@link #start(double[])}, applying {@code deferred} (1 to 100) pivots to the inverse together. */
  static PackingSimplex start(double[] bound, int deferred) {
    Check.notNull(bound, "bound");
    for (int i = 0; i < bound.length; i++) {
      if (!(bound[i] >= 0) || Double.isInfinite(bound[i])) {
        throw Check.refusal("Bound of row " + i, "finite and ≥ 0", bound[i]);
      }
    }
    if (deferred < 1 || deferred > REFRESH_EVERY) {
      throw Check.refusal("Pivots applied together", "1 to " + REFRESH_EVERY, deferred);
    }
    return new PackingSimplex(bound, deferred);
  }

  /**
   * Adds columns, numbered after those already added.
   *
   * @throws IllegalArgumentException if the shapes disagree or a value is negative or not finite
   */
  public void addColumns(double[] objective, int[][] columnRows, double[][] columnValues) {
    Check.notNull(objective, "objective");
    Check.notNull(columnRows, "columnRows");
    Check.notNull(columnValues, "columnValues");
    if (columnRows.length != objective.length || columnValues.length != objective.length) {
      throw Check.refusal("Columns of the packing programme", "one row list and one value list per objective entry ("
          + objective.length + ")", columnRows.length + " and " + columnValues.length);
    }
    for (int j = 0; j < objective.length; j++) {
      if (!(objective[j] >= 0) || Double.isInfinite(objective[j])) {
        throw Check.refusal("Objective of column " + (n + j), "finite and ≥ 0", objective[j]);
      }
      if (columnRows[j].length != columnValues[j].length) {
        throw Check.refusal("Column " + (n + j), "as many rows as values", columnRows[j].length + " rows and "
            + columnValues[j].length + " values");
      }
      for (int k = 0; k < columnRows[j].length; k++) {
        if (columnRows[j][k] < 0 || columnRows[j][k] >= m) {
          throw Check.refusal("Row of column " + (n + j), "in 0.." + (m - 1), columnRows[j][k]);
        }
        if (!(columnValues[j][k] >= 0) || Double.isInfinite(columnValues[j][k])) {
          throw Check.refusal("Entry of column " + (n + j), "finite and ≥ 0", columnValues[j][k]);
        }
      }
    }
    int added = objective.length;
    int before = n;
    this.objective = concat(this.objective, objective);
    int entries = start[before];
    for (int[] rows : columnRows) {
      entries += rows.length;
    }
    if (entries > entryRow.length) {
      int capacity = Math.max(entries, 2 * entryRow.length);
      entryRow = Arrays.copyOf(entryRow, capacity);
      entryValue = Arrays.copyOf(entryValue, capacity);
    }
    start = Arrays.copyOf(start, before + added + 1);
    for (int j = 0; j < added; j++) {
      int from = start[before + j];
      System.arraycopy(columnRows[j], 0, entryRow, from, columnRows[j].length);
      System.arraycopy(columnValues[j], 0, entryValue, from, columnValues[j].length);
      start[before + j + 1] = from + columnRows[j].length;
    }
    int[] position = new int[before + added + m];
    double[] weights = new double[before + added + m];
    System.arraycopy(positionInBasis, 0, position, 0, before);
    System.arraycopy(weight, 0, weights, 0, before);
    Arrays.fill(position, before, before + added, -1);
    Arrays.fill(weights, before, before + added, 1);
    System.arraycopy(positionInBasis, before, position, before + added, m);
    System.arraycopy(weight, before, weights, before + added, m);
    for (int i = 0; i < m; i++) {
      if (basis[i] >= before) {
        basis[i] += added;
      }
    }
    this.positionInBasis = position;
    this.weight = weights;
    this.n = before + added;
    this.reduced = Arrays.copyOf(reduced, n);
    for (int j = before; j < n; j++) {
      reduced[j] = reducedProfit(j);
    }
  }

  /** How many columns have been added. */
  public int columns() {
    return n;
  }

  /**
   * Continues the simplex from where it stopped, for at most {@code maxPivots} more pivots.
   *
   * @return the answer so far: feasible whenever it stops
   */
  public Solution solve(int maxPivots) {
    int limit = (int) Math.min(Integer.MAX_VALUE, (long) pivots + Math.max(0, maxPivots));
    boolean optimal = run(limit);
    return solution(optimal);
  }

  private static double[] concat(double[] a, double[] b) {
    double[] c = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, c, a.length, b.length);
    return c;
  }

  /**
   * The answer of {@link #maximise}.
   *
   * @param x the value of each column
   * @param value c·x
   * @param optimal whether no improving column was left (false when the pivot limit stopped it)
   * @param pivots how many pivots were made in all
   * @param duals the simplex multipliers of the final basis, one per row: at an optimum a dual
   *     solution (what one more unit of each bound would add to the value); otherwise only an estimate
   */
  public record Solution(double[] x, double value, boolean optimal, int pivots, double[] duals) {}

  private boolean run(int maxPivots) {
    while (pivots < maxPivots) {
      int entering = price();
      if (entering < 0 && pivots % REFRESH_EVERY != 0) {
        // the kept reduced profits drift: the optimum is declared only on freshly computed ones
        refresh();
        entering = price();
      }
      if (entering < 0) {
        return true;
      }
      column(entering);
      int leaving = ratio();
      if (leaving < 0) {
        // a column with value and no positive entry: excluded by the callers' shape; stop feasible
        return false;
      }
      pivot(entering, leaving);
      pivots++;
      if (pivots % REFRESH_EVERY == 0) {
        refresh();
      }
    }
    return false;
  }

  /**
   * The non-basic column or slack with the largest squared reduced profit per devex weight, or −1
   * when none improves.
   */
  private int price() {
    int best = -1;
    double bestScore = 0;
    for (int j = 0; j < n; j++) {
      if (positionInBasis[j] >= 0) {
        continue;
      }
      double profit = reduced[j];
      if (profit > PRICE_TOLERANCE && profit * profit > bestScore * weight[j]) {
        bestScore = profit * profit / weight[j];
        best = j;
      }
    }
    for (int i = 0; i < m; i++) {
      double profit = reducedProfit(n + i);
      if (positionInBasis[n + i] < 0 && profit > PRICE_TOLERANCE && profit * profit > bestScore * weight[n + i]) {
        bestScore = profit * profit / weight[n + i];
        best = n + i;
      }
    }
    return best;
  }

  /** alpha = B⁻¹ a_j: from the inverse as it was, then through the pivots since. */
  private void column(int j) {
    if (j >= n) {
      int slack = j - n;
      for (int i = 0; i < m; i++) {
        alpha[i] = inverse[i][slack];
      }
    } else {
      int from = start[j];
      int to = start[j + 1];
      for (int i = 0; i < m; i++) {
        double[] row = inverse[i];
        double sum = 0;
        for (int k = from; k < to; k++) {
          sum += row[entryRow[k]] * entryValue[k];
        }
        alpha[i] = sum;
      }
    }
    for (int t = 0; t < pending; t++) {
      // the pivot's elimination, as it changed the inverse's rows
      double[] eta = pendingColumn[t];
      int r = pendingRow[t];
      double ar = alpha[r] / pendingPivot[t];
      if (ar != 0) {
        for (int i = 0; i < m; i++) {
          alpha[i] -= eta[i] * ar;
        }
      }
      alpha[r] = ar;
    }
  }

  /**
   * Row r of B⁻¹ into {@code into}: e_r through the pending pivots, newest first (only the pivot
   * positions change), times the inverse as it was.
   */
  private void currentRow(int r, double[] into) {
    if (pending == 0) {
      System.arraycopy(inverse[r], 0, into, 0, m);
      return;
    }
    int nonZero = 0;
    product[r] = 1;
    productSet[r] = true;
    productAt[nonZero++] = r;
    for (int t = pending - 1; t >= 0; t--) {
      double[] eta = pendingColumn[t];
      int row = pendingRow[t];
      double dot = 0;
      for (int k = 0; k < nonZero; k++) {
        dot += product[productAt[k]] * eta[productAt[k]];
      }
      double before = product[row];
      product[row] = before - (dot - before) / pendingPivot[t];
      if (!productSet[row]) {
        productSet[row] = true;
        productAt[nonZero++] = row;
      }
    }
    Arrays.fill(into, 0);
    for (int k = 0; k < nonZero; k++) {
      int i = productAt[k];
      double y = product[i];
      if (y != 0) {
        double[] row = inverse[i];
        for (int c = 0; c < m; c++) {
          into[c] += y * row[c];
        }
      }
      product[i] = 0;
      productSet[i] = false;
    }
  }

  /**
   * Applies the pending pivots to the inverse, every entry going through the same operations in the
   * same order as at each pivot. The pivot rows are brought up to date first, one pivot after
   * another, and each one's value at its pivot kept; then every other row takes the kept pivot rows
   * it needs, in pivot order, four at a time: the row is read and written once per four pivots
   * instead of once per pivot, and stays in the cache meanwhile.
   */
  private void flush() {
    if (pending == 0) {
      return;
    }
    for (int t = 0; t < pending; t++) {
      pivotedRow[pendingRow[t]] = true;
    }
    for (int t = 0; t < pending; t++) {
      double[] rowR = inverse[pendingRow[t]];
      double pivot = pendingPivot[t];
      for (int k = 0; k < m; k++) {
        rowR[k] /= pivot;
      }
      System.arraycopy(rowR, 0, kept[t], 0, m);
      double[] eta = pendingColumn[t];
      for (int u = 0; u < pending; u++) {
        int i = pendingRow[u];
        double a = eta[i];
        // a row pivoted more than once is updated once per pivot, not once per mention
        if (i == pendingRow[t] || a == 0 || mentionedBefore(u)) {
          continue;
        }
        double[] row = inverse[i];
        for (int k = 0; k < m; k++) {
          row[k] -= a * rowR[k];
        }
      }
    }
    for (int i = 0; i < m; i++) {
      if (pivotedRow[i]) {
        continue;
      }
      int count = 0;
      for (int t = 0; t < pending; t++) {
        double a = pendingColumn[t][i];
        if (a != 0) {
          factor[count] = a;
          which[count++] = t;
        }
      }
      double[] row = inverse[i];
      int g = 0;
      for (; g + 4 <= count; g += 4) {
        double a0 = factor[g];
        double a1 = factor[g + 1];
        double a2 = factor[g + 2];
        double a3 = factor[g + 3];
        double[] r0 = kept[which[g]];
        double[] r1 = kept[which[g + 1]];
        double[] r2 = kept[which[g + 2]];
        double[] r3 = kept[which[g + 3]];
        for (int k = 0; k < m; k++) {
          row[k] = row[k] - a0 * r0[k] - a1 * r1[k] - a2 * r2[k] - a3 * r3[k];
        }
      }
      for (; g < count; g++) {
        double a = factor[g];
        double[] r = kept[which[g]];
        for (int k = 0; k < m; k++) {
          row[k] -= a * r[k];
        }
      }
    }
    for (int t = 0; t < pending; t++) {
      pivotedRow[pendingRow[t]] = false;
    }
    pending = 0;
  }

  /** Whether the row of pending pivot u is also the row of an earlier pending pivot. */
  private boolean mentionedBefore(int u) {
    for (int v = 0; v < u; v++) {
      if (pendingRow[v] == pendingRow[u]) {
        return true;
      }
    }
    return false;
  }

  /** The basis position that leaves first as the entering column grows, or −1 if none does. */
  private int ratio() {
    int leaving = -1;
    double best = Double.POSITIVE_INFINITY;
    for (int i = 0; i < m; i++) {
      if (alpha[i] > PIVOT_TOLERANCE) {
        double r = Math.max(0, basic[i]) / alpha[i];
        if (r < best || (r == best && alpha[i] > alpha[leaving])) {
          best = r;
          leaving = i;
        }
      }
    }
    return leaving;
  }

  private void pivot(int entering, int r) {
    double pivot = alpha[r];
    double theta = Math.max(0, basic[r]) / pivot;
    for (int i = 0; i < m; i++) {
      if (i != r && alpha[i] != 0) {
        basic[i] -= theta * alpha[i];
        if (basic[i] < 0) {
          basic[i] = 0;
        }
      }
    }
    basic[r] = theta;
    double profit = reducedProfit(entering);
    currentRow(r, pivotRow);
    updatePricing(entering, r, pivot, profit);
    int leavingColumn = basis[r];
    if (entering < n) {
      reduced[entering] = 0;
    }
    if (leavingColumn < n) {
      // its entry in the pivot row is 1: the duals' change costs it profit / pivot
      reduced[leavingColumn] = -profit / pivot;
    }
    System.arraycopy(alpha, 0, pendingColumn[pending], 0, m);
    pendingRow[pending] = r;
    pendingPivot[pending] = pivot;
    pending++;
    for (int k = 0; k < m; k++) {
      duals[k] += profit * (pivotRow[k] / pivot);
    }
    if (pending == deferred) {
      flush();
    }
    positionInBasis[basis[r]] = -1;
    basis[r] = entering;
    positionInBasis[entering] = r;
  }

  /**
   * Devex: each non-basic weight grows with its entry in the pivot row, before the inverse changes;
   * and each non-basic reduced profit falls by {@code profit} times that entry over the pivot, as the
   * duals will change by {@code profit} times the new pivot row.
   */
  private void updatePricing(int entering, int r, double pivot, double profit) {
    double reference = weight[entering];
    double largest = 0;
    for (int j = 0; j < n; j++) {
      if (positionInBasis[j] >= 0 || j == entering) {
        continue;
      }
      double a = 0;
      for (int k = start[j], to = start[j + 1]; k < to; k++) {
        a += pivotRow[entryRow[k]] * entryValue[k];
      }
      if (a != 0) {
        double ratio = a / pivot;
        weight[j] = Math.max(weight[j], ratio * ratio * reference);
        largest = Math.max(largest, weight[j]);
        reduced[j] -= profit * ratio;
      }
    }
    for (int i = 0; i < m; i++) {
      int j = n + i;
      if (positionInBasis[j] < 0 && j != entering) {
        double ratio = pivotRow[i] / pivot;
        if (ratio != 0) {
          weight[j] = Math.max(weight[j], ratio * ratio * reference);
          largest = Math.max(largest, weight[j]);
        }
      }
    }
    weight[basis[r]] = Math.max(reference / (pivot * pivot), 1);
    largest = Math.max(largest, weight[basis[r]]);
    if (largest > MAX_WEIGHT) {
      // a new reference framework: weights only grow, and past the largest double they stop pricing
      Arrays.fill(weight, 1);
    }
  }

  /** c_j − y·a_j: what a unit of column (or slack) j would add to the objective at the current duals. */
  private double reducedProfit(int j) {
    if (j >= n) {
      return -duals[j - n];
    }
    double profit = objective[j];
    for (int k = start[j], to = start[j + 1]; k < to; k++) {
      profit -= duals[entryRow[k]] * entryValue[k];
    }
    return profit;
  }

  /** Recomputes the basic values and the duals from the inverse, against drift. */
  private void refresh() {
    flush();
    for (int i = 0; i < m; i++) {
      double[] row = inverse[i];
      double sum = 0;
      for (int k = 0; k < m; k++) {
        sum += row[k] * bound[k];
      }
      basic[i] = Math.max(0, sum);
    }
    Arrays.fill(duals, 0);
    for (int i = 0; i < m; i++) {
      int j = basis[i];
      double c = j < n ? objective[j] : 0;
      if (c != 0) {
        double[] row = inverse[i];
        for (int k = 0; k < m; k++) {
          duals[k] += c * row[k];
        }
      }
    }
    for (int j = 0; j < n; j++) {
      reduced[j] = positionInBasis[j] >= 0 ? 0 : reducedProfit(j);
    }
  }

  private Solution solution(boolean optimal) {
    double[] x = new double[n];
    double value = 0;
    for (int i = 0; i < m; i++) {
      if (basis[i] < n) {
        x[basis[i]] = Math.max(0, basic[i]);
      }
    }
    // drift may leave a row a hair above its bound: the columns in such a row are scaled back inside
    // it. Only those: a row whose bound is a crumb (10⁻¹³, what a subtraction leaves) may be over it by
    // half of itself, and scaling the whole answer for it cost a third of the value
    double[] used = new double[m];
    for (int j = 0; j < n; j++) {
      if (x[j] > 0) {
        for (int k = start[j]; k < start[j + 1]; k++) {
          used[entryRow[k]] += entryValue[k] * x[j];
        }
      }
    }
    double[] scale = new double[m];
    for (int i = 0; i < m; i++) {
      scale[i] = used[i] > bound[i] && used[i] > 0 ? bound[i] / used[i] : 1;
    }
    for (int j = 0; j < n; j++) {
      if (x[j] > 0) {
        // lowering a column lowers every row's use: each row ends within its bound
        double least = 1;
        for (int k = start[j]; k < start[j + 1]; k++) {
          least = Math.min(least, scale[entryRow[k]]);
        }
        x[j] *= least;
      }
      value += objective[j] * x[j];
    }
    return new Solution(x, value, optimal, pivots, duals.clone());
  }
}
