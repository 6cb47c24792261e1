package app.dossier.domain.guidance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.dossier.domain.InvalidInputException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The sample plan against the table of docs facts (ISO 2859-1, General Level II, normal, single
 * sampling), copied here as text and read independently of the implementation.
 */
class SamplePlanTableTest {
    /** lot from, lot to, code, n, AQL 2.5 n, Ac/Re, AQL 4.0 n, Ac/Re — as in the facts table. */
    private static final String TABLE = """
            2 8 A 2 5 0/1 3 0/1
            9 15 B 3 5 0/1 3 0/1
            16 25 C 5 5 0/1 3 0/1
            26 50 D 8 5 0/1 13 1/2
            51 90 E 13 20 1/2 13 1/2
            91 150 F 20 20 1/2 20 2/3
            151 280 G 32 32 2/3 32 3/4
            281 500 H 50 50 3/4 50 5/6
            501 1200 J 80 80 5/6 80 7/8
            1201 3200 K 125 125 7/8 125 10/11
            3201 10000 L 200 200 10/11 200 14/15
            10001 35000 M 315 315 14/15 315 21/22
            35001 150000 N 500 500 21/22 315 21/22
            150001 500000 P 800 500 21/22 315 21/22
            500001 9223372036854775807 Q 1250 500 21/22 315 21/22
            """;

    record Row(long from, long to, char code, int n, int n25, int ac25, int re25, int n40, int ac40, int re40) {
        static Row parse(String line) {
            String[] f = line.trim().split("\\s+");
            String[] a25 = f[5].split("/");
            String[] a40 = f[7].split("/");
            return new Row(Long.parseLong(f[0]), Long.parseLong(f[1]), f[2].charAt(0), Integer.parseInt(f[3]),
                    Integer.parseInt(f[4]), Integer.parseInt(a25[0]), Integer.parseInt(a25[1]), Integer.parseInt(f[6]),
                    Integer.parseInt(a40[0]), Integer.parseInt(a40[1]));
        }
    }

    private static final List<Row> ROWS = TABLE.lines().filter(l -> !l.isBlank()).map(Row::parse).toList();

    private static Row rowOf(long lot) {
        return ROWS.stream().filter(r -> lot >= r.from() && lot <= r.to()).findFirst().orElseThrow();
    }

    @Test
    void everyLotFrom2To1000000FollowsTheTable() {
        SamplePlan previous = null;
        for (long lot = 2; lot <= 1_000_000; lot++) {
            SamplePlan plan = SamplePlan.forLot(lot);
            Row row = rowOf(lot);
            if (plan.codeLetter() != row.code() || plan.codeSampleSize() != row.n()
                    || plan.major().sampleSize() != Math.min(row.n25(), lot) || plan.major().accept() != row.ac25()
                    || plan.major().reject() != row.re25() || plan.minor().sampleSize() != Math.min(row.n40(), lot)
                    || plan.minor().accept() != row.ac40() || plan.minor().reject() != row.re40()
                    || plan.major().everyUnit() != (row.n25() >= lot) || plan.minor().everyUnit() != (row.n40() >= lot)) {
                throw new AssertionError("lot " + lot + ": " + plan + " but the table says " + row);
            }
            if (plan.unitsToInspect() > lot || plan.major().accept() >= plan.major().reject()
                    || plan.minor().accept() >= plan.minor().reject()) {
                throw new AssertionError("lot " + lot + ": impossible plan " + plan);
            }
            if (previous != null && (plan.codeLetter() < previous.codeLetter()
                    || plan.unitsToInspect() < previous.unitsToInspect())) {
                throw new AssertionError("lot " + lot + " goes backwards from " + previous);
            }
            previous = plan;
        }
    }

    static Stream<Arguments> boundaries() {
        long[][] pairs = {{8, 9}, {15, 16}, {25, 26}, {50, 51}, {90, 91}, {150, 151}, {280, 281}, {500, 501},
                {1200, 1201}, {3200, 3201}, {10000, 10001}, {35000, 35001}, {150000, 150001}, {500000, 500001}};
        String letters = "ABCDEFGHJKLMNPQ";
        List<Arguments> out = new ArrayList<>();
        for (int i = 0; i < pairs.length; i++) {
            out.add(Arguments.of(pairs[i][0], letters.charAt(i), pairs[i][1], letters.charAt(i + 1)));
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0} is {1}, {2} is {3}")
    @MethodSource("boundaries")
    void theCodeLetterChangesExactlyAtEachBoundary(long last, char letter, long first, char next) {
        assertThat(SamplePlan.forLot(last).codeLetter()).isEqualTo(letter);
        assertThat(SamplePlan.forLot(first).codeLetter()).isEqualTo(next);
    }

    @Test
    void aLotOfOneUnitHasItsOneUnitInspected() {
        SamplePlan one = SamplePlan.forLot(1);
        assertThat(one.unitsToInspect()).isEqualTo(1);
        assertThat(one.inspectEveryUnit()).isTrue();
        assertThat(one.major().accept()).isZero();
        assertThat(one.major().reject()).isEqualTo(1);
        assertThat(one.tenPercent()).isEqualTo(1);
        assertThat(one.verdict(0).pass()).isTrue();
        assertThat(one.verdict(1).pass()).isFalse();
    }

    @Test
    void smallLotsAreInspectedWhole() {
        SamplePlan four = SamplePlan.forLot(4);
        assertThat(four.major().sampleSize()).isEqualTo(4);
        assertThat(four.major().everyUnit()).isTrue();
        assertThat(four.minor().sampleSize()).isEqualTo(3);
        assertThat(four.inspectEveryUnit()).isTrue();
        assertThat(four.describe()).contains("Check every unit (4)");
        SamplePlan seven = SamplePlan.forLot(7);
        assertThat(seven.major().sampleSize()).isEqualTo(5);
        assertThat(seven.inspectEveryUnit()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(longs = {0, -1, -200, Long.MIN_VALUE})
    void aLotOfNoUnitsIsRefusedWithAMessage(long lot) {
        assertThatThrownBy(() -> SamplePlan.forLot(lot)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("at least 1 unit").hasMessageContaining(String.valueOf(lot));
    }

    @Test
    void theRuleOfThumbIsShownBeside() {
        SamplePlan plan = SamplePlan.forLot(180);
        assertThat(plan.tenPercent()).isEqualTo(18);
        assertThat(plan.fifteenPercent()).isEqualTo(27);
        assertThat(plan.describe()).contains("code letter G", "Check 32 units", "accept up to 2, reject at 3",
                "18–27 units");
        assertThat(SamplePlan.forLot(7).fifteenPercent()).isEqualTo(2);
        assertThat(SamplePlan.forLot(Long.MAX_VALUE).fifteenPercent()).isPositive();
    }

    static Stream<Arguments> percentCases() {
        Random random = new Random(20261126);
        return Stream.generate(() -> {
            long lot = 1 + (random.nextInt(4) == 0 ? random.nextInt(200) : random.nextInt(50_000_000));
            return Arguments.of(lot);
        }).limit(300);
    }

    @ParameterizedTest
    @MethodSource("percentCases")
    void tenAndFifteenPercentAreRoundedUpAndAtLeastOne(long lot) {
        SamplePlan plan = SamplePlan.forLot(lot);
        assertThat(plan.tenPercent()).isEqualTo(Math.max(1, (lot * 10 + 99) / 100));
        assertThat(plan.fifteenPercent()).isEqualTo(Math.max(1, (lot * 15 + 99) / 100));
        assertThat(plan.tenPercent()).isBetween(1L, lot);
    }

    static Stream<Arguments> verdictCases() {
        Random random = new Random(48);
        return Stream.generate(() -> {
            long lot = 1 + random.nextInt(600_000);
            long sample = SamplePlan.forLot(lot).unitsToInspect();
            long major = random.nextInt((int) Math.min(sample, 30) + 1);
            long minor = random.nextInt((int) Math.min(sample - major, 30) + 1);
            return Arguments.of(lot, major, minor);
        }).limit(500);
    }

    @ParameterizedTest
    @MethodSource("verdictCases")
    void aLotPassesExactlyWhenBothCountsAreWithinTheirAcceptNumbers(long lot, long major, long minor) {
        SamplePlan plan = SamplePlan.forLot(lot);
        Row row = rowOf(Math.max(lot, 2));
        int ac25 = lot == 1 ? 0 : row.ac25();
        int ac40 = lot == 1 ? 0 : row.ac40();
        SamplePlan.Verdict verdict = plan.verdict(major, minor);
        assertThat(verdict.pass()).isEqualTo(major <= ac25 && minor <= ac40);
        assertThat(verdict.message()).startsWith(verdict.pass() ? "Pass" : "Fail");
    }

    @Test
    void theSpatulaLotFailsWithThreeCrackedHandlesAndPassesWithTwo() {
        SamplePlan plan = SamplePlan.forLot(180);
        assertThat(plan.verdict(3).pass()).isFalse();
        assertThat(plan.verdict(3).message()).contains("accepts up to 2");
        assertThat(plan.verdict(2).pass()).isTrue();
    }

    @Test
    void impossibleDefectCountsAreRefused() {
        SamplePlan plan = SamplePlan.forLot(180);
        assertThatThrownBy(() -> plan.verdict(-1)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> plan.verdict(33)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("32 units checked");
    }

    @Test
    void otherAqlsCanBeChosenForEachClass() {
        SamplePlan strict = SamplePlan.forLot(40, Aql.AQL_2_5, Aql.AQL_2_5);
        assertThat(strict.minor().sampleSize()).isEqualTo(5);
        SamplePlan loose = SamplePlan.forLot(40, Aql.AQL_4_0, Aql.AQL_4_0);
        assertThat(loose.major().accept()).isEqualTo(1);
    }
}
