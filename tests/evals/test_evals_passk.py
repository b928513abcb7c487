"""pass@k: the unbiased estimator, averaged over the true number of problems."""

from __future__ import annotations

import pytest

from chipsmith.evals.harness import ks_for, mean_pass_at_k, pass_at_k


def test_pass_at_k_matches_hand_computed_values() -> None:
    assert pass_at_k(5, 2, 1) == pytest.approx(2 / 5)
    assert pass_at_k(5, 2, 2) == pytest.approx(1 - 3 / 10)  # 1 - C(3,2)/C(5,2)
    assert pass_at_k(10, 3, 5) == pytest.approx(1 - 21 / 252)  # 1 - C(7,5)/C(10,5)
    assert pass_at_k(20, 1, 20) == 1.0
    assert pass_at_k(20, 0, 5) == 0.0
    assert pass_at_k(1, 1, 1) == 1.0


def test_mean_divides_by_the_true_number_of_designs() -> None:
    counts = [(5, 2), (5, 0), (5, 5)]
    assert mean_pass_at_k(counts, 1) == pytest.approx((0.4 + 0.0 + 1.0) / 3)  # RTLLM's script divides by 4 here
    assert mean_pass_at_k(counts, 5) == pytest.approx(2 / 3)
    assert mean_pass_at_k([], 1) == 0.0


def test_k_larger_than_n_is_refused_and_ks_stop_at_n() -> None:
    with pytest.raises(ValueError):
        pass_at_k(3, 1, 5)
    assert ks_for(1) == [1]
    assert ks_for(20) == [1, 5, 10, 20]
