package org.stockade.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.stockade.design.Designs;
import org.stockade.model.Examples;
import org.stockade.model.Network;

class DesignChoiceTest {
  @Test
  void apply_gmWithAnotherDesign_namesTheNewDesignOnly() {
    Network gm = Examples.gm();
    assertThat(gm.name()).endsWith(", base design"); // the case this test is about

    Network g = DesignChoice.apply(gm, "generalized:3", 1);

    assertThat(g.name()).isEqualTo("GM (Jordan & Graves 1995), generalized 3-chain (seed 1)");
    assertThat(g.arcs()).isEqualTo(Designs.generalizedChain(gm, 3, 1));
    assertThat(DesignChoice.apply(gm, "full", 0).name())
        .isEqualTo("GM (Jordan & Graves 1995), full flexibility");
  }

  @Test
  void apply_base_keepsTheNetworkAndItsName() {
    Network gm = Examples.gm();

    assertThat(DesignChoice.apply(gm, "base", 0)).isSameAs(gm);
    assertThat(DesignChoice.apply(gm, null, 0)).isSameAs(gm);
  }

  @Test
  void apply_twice_replacesTheDesignInsteadOfAppending() {
    Network sym = Examples.symmetric(4, 10, 10, 3);
    Network chain = DesignChoice.apply(sym, "k-chain:2", 0);

    Network full = DesignChoice.apply(chain, "full", 0);

    assertThat(chain.name()).isEqualTo(sym.name() + ", 2-chain");
    assertThat(full.name()).isEqualTo(sym.name() + ", full flexibility");
  }

  @Test
  void withoutDesign_onlyStripsATrailingDesignDescription() {
    assertThat(DesignChoice.withoutDesign("symmetric 10x10, 2-chain")).isEqualTo(
        "symmetric 10x10");
    assertThat(DesignChoice.withoutDesign("GM, generalized 4-chain (seed -7)")).isEqualTo("GM");
    for (String keep : List.of("my plants", "2-chain study", "net, 2-chain plus", ", dedicated",
        "dedicated")) {
      assertThat(DesignChoice.withoutDesign(keep)).as(keep).isEqualTo(keep);
    }
  }
}
