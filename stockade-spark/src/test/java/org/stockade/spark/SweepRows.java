package org.stockade.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.stockade.sweep.SweepResult;
import org.stockade.sweep.SweepRow;

/** Row-by-row comparison of two sweep results: integers bitwise, reals to 1e-12. */
final class SweepRows {
  private SweepRows() {}

  static void assertSame(SweepResult spark, SweepResult local) {
    assertThat(spark.columns()).isEqualTo(local.columns());
    assertThat(spark.rows()).hasSameSizeAs(local.rows());
    for (int k = 0; k < local.rows().size(); k++) {
      SweepRow a = spark.rows().get(k);
      SweepRow b = local.rows().get(k);
      assertThat(a.id()).as("id of row " + k).isEqualTo(b.id());
      assertThat(a.seed()).as("seed of task " + b.id()).isEqualTo(b.seed());
      assertThat(a.error()).as("error of task " + b.id()).isEqualTo(b.error());
      List<Object> va = a.values();
      List<Object> vb = b.values();
      assertThat(va).hasSameSizeAs(vb);
      for (int c = 0; c < vb.size(); c++) {
        String what = "task " + b.id() + " column " + local.columns().get(c).name();
        Object x = va.get(c);
        Object y = vb.get(c);
        if (y instanceof Double dy && x instanceof Double dx) {
          if (Double.isNaN(dy) || Double.isInfinite(dy)) {
            assertThat(dx).as(what).isEqualTo(dy);
          } else {
            assertThat(Math.abs(dx - dy)).as(what + ": " + dx + " vs " + dy)
                .isLessThanOrEqualTo(1e-12 * Math.max(1, Math.abs(dy)));
          }
        } else {
          assertThat(x).as(what).isEqualTo(y);
        }
      }
    }
  }
}
