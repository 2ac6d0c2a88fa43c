//! Statistics for comparing rows of experiments: Welch's unequal-variance t-test.

use crate::experiment::mean_std;

/// Welch's t-test of the means of `a` and `b` (each at least 2 values): the t statistic, the
/// Welch-Satterthwaite degrees of freedom and the two-sided p-value. Two constant samples with
/// equal means give p = 1; with different means p = 0.
#[derive(Clone, Copy, Debug, PartialEq, serde::Serialize)]
pub struct Welch {
    pub t: f64,
    pub df: f64,
    pub p: f64,
}

pub fn welch(a: &[f64], b: &[f64]) -> Option<Welch> {
    if a.len() < 2 || b.len() < 2 {
        return None;
    }
    let (ma, sa) = mean_std(a);
    let (mb, sb) = mean_std(b);
    let (va, vb) = (sa * sa / a.len() as f64, sb * sb / b.len() as f64);
    let se2 = va + vb;
    if se2 == 0.0 {
        let p = if ma == mb { 1.0 } else { 0.0 };
        return Some(Welch {
            t: if ma == mb { 0.0 } else { f64::INFINITY },
            df: (a.len() + b.len() - 2) as f64,
            p,
        });
    }
    let t = (ma - mb) / se2.sqrt();
    let df = se2 * se2 / (va * va / (a.len() - 1) as f64 + vb * vb / (b.len() - 1) as f64);
    Some(Welch {
        t,
        df,
        p: student_t_two_sided(t, df),
    })
}

/// P(|T| >= |t|) for Student's t with `df` degrees of freedom: I_{df/(df+t^2)}(df/2, 1/2).
pub fn student_t_two_sided(t: f64, df: f64) -> f64 {
    reg_inc_beta(df / 2.0, 0.5, df / (df + t * t))
}

/// The regularised incomplete beta function I_x(a, b) (continued fraction, modified Lentz).
fn reg_inc_beta(a: f64, b: f64, x: f64) -> f64 {
    if x <= 0.0 {
        return 0.0;
    }
    if x >= 1.0 {
        return 1.0;
    }
    let front =
        (ln_gamma(a + b) - ln_gamma(a) - ln_gamma(b) + a * x.ln() + b * (1.0 - x).ln()).exp();
    // The continued fraction converges fast for x < (a + 1) / (a + b + 2); use the symmetry
    // I_x(a, b) = 1 - I_{1-x}(b, a) otherwise.
    if x < (a + 1.0) / (a + b + 2.0) {
        front * beta_cf(a, b, x) / a
    } else {
        1.0 - front * beta_cf(b, a, 1.0 - x) / b
    }
}

fn beta_cf(a: f64, b: f64, x: f64) -> f64 {
    const TINY: f64 = 1e-300;
    let mut c = 1.0;
    let mut d = 1.0 - (a + b) * x / (a + 1.0);
    if d.abs() < TINY {
        d = TINY;
    }
    d = 1.0 / d;
    let mut h = d;
    for m in 1..300 {
        let m = m as f64;
        for num in [
            m * (b - m) * x / ((a + 2.0 * m - 1.0) * (a + 2.0 * m)),
            -(a + m) * (a + b + m) * x / ((a + 2.0 * m) * (a + 2.0 * m + 1.0)),
        ] {
            d = 1.0 + num * d;
            if d.abs() < TINY {
                d = TINY;
            }
            c = 1.0 + num / c;
            if c.abs() < TINY {
                c = TINY;
            }
            d = 1.0 / d;
            h *= d * c;
        }
        if (d * c - 1.0).abs() < 1e-15 {
            break;
        }
    }
    h
}

/// ln Gamma(x) for x > 0 (Lanczos, g = 7, 9 terms; ~1e-15 relative).
fn ln_gamma(x: f64) -> f64 {
    const G: [f64; 9] = [
        0.999_999_999_999_809_9,
        676.520_368_121_885_1,
        -1_259.139_216_722_402_8,
        771.323_428_777_653_1,
        -176.615_029_162_140_6,
        12.507_343_278_686_905,
        -0.138_571_095_265_720_12,
        9.984_369_578_019_572e-6,
        1.505_632_735_149_311_6e-7,
    ];
    if x < 0.5 {
        let pi = std::f64::consts::PI;
        return (pi / (pi * x).sin()).ln() - ln_gamma(1.0 - x);
    }
    let x = x - 1.0;
    let mut s = G[0];
    for (i, &g) in G.iter().enumerate().skip(1) {
        s += g / (x + i as f64);
    }
    let t = x + 7.5;
    0.5 * (2.0 * std::f64::consts::PI).ln() + (x + 0.5) * t.ln() - t + s.ln()
}

/// Which points of a design space are Pareto-optimal: point `i` has costs `costs[i]` (lower is
/// better, e.g. memory bits and cycles per step) and a value `values[i]` (higher is better, e.g.
/// accuracy). A point is on the front unless another point is no worse in every cost and in the
/// value, and strictly better in at least one of them. Equal points are all on the front.
pub fn pareto_front(costs: &[Vec<f64>], values: &[f64]) -> Vec<bool> {
    assert_eq!(costs.len(), values.len(), "one cost vector per value");
    let dominates = |a: usize, b: usize| {
        let no_worse =
            costs[a].iter().zip(&costs[b]).all(|(x, y)| x <= y) && values[a] >= values[b];
        let better = costs[a].iter().zip(&costs[b]).any(|(x, y)| x < y) || values[a] > values[b];
        no_worse && better
    };
    (0..values.len())
        .map(|i| !(0..values.len()).any(|j| j != i && dominates(j, i)))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn t_distribution_matches_tabulated_critical_values() {
        // Two-sided 5 % and 1 % critical values of Student's t (standard tables).
        for (t, df, p) in [
            (12.706, 1.0, 0.05),
            (2.776, 4.0, 0.05),
            (2.228, 10.0, 0.05),
            (3.169, 10.0, 0.01),
            (2.042, 30.0, 0.05),
            (1.960, 1e7, 0.05),
        ] {
            let got = student_t_two_sided(t, df);
            assert!(
                (got - p).abs() < 2e-4 * p / 0.01,
                "t {t} df {df}: {got} vs {p}"
            );
        }
        assert_eq!(student_t_two_sided(0.0, 5.0), 1.0);
        // Gamma(5) = 24, Gamma(1/2) = sqrt(pi).
        assert!((ln_gamma(5.0) - 24f64.ln()).abs() < 1e-12);
        assert!((ln_gamma(0.5) - std::f64::consts::PI.sqrt().ln()).abs() < 1e-12);
    }

    #[test]
    fn welch_on_a_worked_example() {
        // a: mean 3, var 2.5, n 5; b: mean 6, var 10, n 5 -> se^2 = 0.5 + 2 = 2.5,
        // t = -3 / sqrt(2.5) = -1.897, df = 2.5^2 / (0.25/4 + 4/4) = 5.882.
        let a = [1.0, 2.0, 3.0, 4.0, 5.0];
        let b = [2.0, 4.0, 6.0, 8.0, 10.0];
        let w = welch(&a, &b).unwrap();
        assert!((w.t + 3.0 / 2.5f64.sqrt()).abs() < 1e-12);
        assert!((w.df - 6.25 / 1.0625).abs() < 1e-12);
        // Between the two-sided p of t = 1.897 at df 5 (0.116) and df 6 (0.107).
        assert!(w.p > 0.104 && w.p < 0.118, "{w:?}");
        assert_eq!(welch(&a, &a).unwrap().p, 1.0);
        assert!(welch(&a, &[1.0]).is_none());
        assert_eq!(welch(&[1.0, 1.0], &[2.0, 2.0]).unwrap().p, 0.0);
    }
    #[test]
    fn the_pareto_front_keeps_exactly_the_undominated_points() {
        // (memory, cycles) -> accuracy. A: cheap and bad; B: dearer and better; C: as dear as B
        // but worse (dominated by B); D: dearest and best; E: equal to A (both kept).
        let costs = vec![
            vec![10.0, 5.0],
            vec![20.0, 5.0],
            vec![20.0, 5.0],
            vec![40.0, 5.0],
            vec![10.0, 5.0],
        ];
        let values = [0.5, 0.7, 0.6, 0.8, 0.5];
        assert_eq!(
            pareto_front(&costs, &values),
            vec![true, true, false, true, true]
        );
        // A point that is better in one cost but worse in another is not dominated.
        let costs = vec![vec![10.0, 9.0], vec![20.0, 1.0], vec![30.0, 9.0]];
        assert_eq!(
            pareto_front(&costs, &[0.7, 0.7, 0.7]),
            vec![true, true, false]
        );
    }
}
