"""Filling and balancing columns with units (no fonts needed)."""
from __future__ import annotations

import pytest

from editor.layout.flow import Column, Unit, balance, fill


def cols(n: int, top: float = 100.0, bottom: float = 0.0) -> list[Column]:
    return [Column(x=k * 50.0, top=top, bottom=bottom, width=45.0) for k in range(n)]


def test_fill_stacks_units_column_after_column():
    units = [Unit(10.0, chars=1) for _ in range(25)]
    placed, nxt = fill(units, 0, cols(2))
    assert nxt == 20
    assert [p.column for p in placed] == [0] * 10 + [1] * 10
    assert placed[0].y == 100.0 and placed[9].y == pytest.approx(10.0)


def test_space_before_is_dropped_at_the_top_of_a_column():
    units = [Unit(10.0, space_before=5.0) for _ in range(8)]
    placed, _ = fill(units, 0, cols(2))
    assert placed[0].y == 100.0                      # no gap above the first unit
    assert placed[1].y == pytest.approx(85.0)        # 100 - 10 - 5
    second = [p for p in placed if p.column == 1][0]
    assert second.y == 100.0


def test_a_kept_unit_never_ends_a_column():
    units = [Unit(10.0) for _ in range(9)] + [Unit(10.0, keep_next=True), Unit(10.0), Unit(10.0)]
    placed, _ = fill(units, 0, cols(2))
    first_col = [p for p in placed if p.column == 0]
    assert len(first_col) == 9 and not first_col[-1].unit.keep_next
    assert [p for p in placed if p.column == 1][0].unit is units[9]


def test_a_unit_taller_than_a_column_is_set_alone():
    units = [Unit(150.0), Unit(10.0)]
    placed, nxt = fill(units, 0, cols(2))
    assert nxt == 2 and placed[0].column == 0 and placed[1].column == 1


def test_balance_evens_out_the_columns():
    units = [Unit(10.0) for _ in range(6)]
    placed, used = balance(units, 0, 6, cols(2))
    assert used == pytest.approx(30.0, abs=0.5)
    assert sorted(p.column for p in placed) == [0, 0, 0, 1, 1, 1]


def test_balance_of_more_than_fits_places_what_fits():
    units = [Unit(40.0) for _ in range(6)]
    placed, used = balance(units, 0, 6, cols(2))
    assert len(placed) == 4 and used == pytest.approx(80.0)
