"""Generate ``sales_sample.csv``: realistic (not real) daily sales, 20 items x 3 stores x 1 year.

Run from the repository root: ``python evals/data/make_sales_sample.py``. Seeded, so the
committed file is reproducible. The patterns follow what retail sales data shows (see
README.md): store sizes, Saturday peaks and a store closed on Sundays, public holidays with
no sales and busy days before them, a December peak, summer-seasonal and rain-driven items,
a product launch and a product being phased out, slow movers that sell a unit now and then,
chain-wide promotions, and a regional heat wave.
"""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

import numpy as np

SEED = 20231
START = dt.date(2023, 1, 1)
DAYS = 365
OUT = Path(__file__).with_name("sales_sample.csv")

STORES = {  # name: (size multiplier, weekday profile Mon..Sun)
    "S1-city": (1.6, [0.95, 0.92, 0.95, 1.0, 1.15, 1.35, 0.68]),
    "S2-suburb": (1.0, [0.85, 0.85, 0.9, 0.95, 1.15, 1.55, 0.75]),
    "S3-town": (0.6, [1.05, 1.0, 1.0, 1.05, 1.2, 1.7, 0.0]),  # closed on Sundays
}

# item: (base units/day in a 1.0 store, kind)
ITEMS = {
    "MILK-1L": (38.0, "staple"),
    "BREAD-WHITE": (24.0, "staple"),
    "EGGS-10": (14.0, "staple"),
    "COFFEE-500G": (6.0, "staple"),
    "PASTA-500G": (9.0, "staple"),
    "RICE-1KG": (5.0, "staple"),
    "ICE-CREAM-1L": (4.0, "summer"),
    "BBQ-CHARCOAL": (2.5, "summer"),
    "SUNSCREEN-50": (1.5, "summer"),
    "UMBRELLA": (0.6, "rain"),
    "CHOCOLATE-BOX": (2.0, "december"),
    "CANDLES-XMAS": (1.2, "december"),
    "BATTERY-AA4": (1.8, "staple"),
    "LIGHTBULB-LED": (0.45, "slow"),
    "DRILL-BITS": (0.15, "slow"),
    "PAINT-5L": (0.25, "slow"),
    "OAT-DRINK-1L": (7.0, "launch"),
    "SODA-CLASSIC-2L": (6.0, "phaseout"),
    "KOMBUCHA": (1.0, "trend"),
    "PHONE-CHARGER": (0.35, "slow"),
}

HOLIDAYS = {dt.date(2023, 1, 1), dt.date(2023, 4, 9), dt.date(2023, 12, 25), dt.date(2023, 12, 26)}


def _season(kind: str, doy: np.ndarray, rain: np.ndarray, heat: np.ndarray) -> np.ndarray:
    summer = np.exp(-(((doy - 200) / 45.0) ** 2))
    if kind == "summer":
        return 0.2 + 2.6 * summer * heat
    if kind == "rain":
        return 0.3 + 4.0 * rain
    if kind == "december":
        return (
            0.4
            + 5.0 * np.exp(-(((doy - 352) / 12.0) ** 2))
            + 0.8 * np.exp(-(((doy - 44) / 4.0) ** 2))
        )
    if kind == "launch":
        return np.where(doy < 120, 0.0, np.minimum(1.0, (doy - 120) / 60.0))
    if kind == "phaseout":
        return np.clip(1.2 - doy / 300.0, 0.05, None)
    if kind == "trend":
        return 0.5 * np.exp(doy / 240.0)
    return 1.0 + 0.06 * np.sin(2 * np.pi * (doy - 30) / 365)


def main() -> None:
    rng = np.random.default_rng(SEED)
    dates = [START + dt.timedelta(days=i) for i in range(DAYS)]
    doy = np.array([d.timetuple().tm_yday for d in dates], dtype=float)
    weekday = np.array([d.weekday() for d in dates])
    rain = (rng.random(DAYS) < 0.28) * rng.uniform(0.5, 1.0, DAYS)
    rain = np.convolve(rain, [0.5, 0.3, 0.2])[:DAYS]
    heat = np.ones(DAYS)
    heat[(doy >= 190) & (doy < 204)] = 1.8  # a two-week heat wave
    holiday = np.array([d in HOLIDAYS for d in dates])
    eve = np.array([(d + dt.timedelta(days=1)) in HOLIDAYS for d in dates])
    promo_weeks = rng.choice(np.arange(2, 50), 8, replace=False)
    rows: list[tuple[str, str, str, int]] = []
    for item, (base, kind) in ITEMS.items():
        season = _season(kind, doy, rain, heat)
        promo = np.ones(DAYS)
        if kind in ("staple", "summer", "trend"):
            for w in rng.choice(promo_weeks, 2, replace=False):
                promo[w * 7 : w * 7 + 7] = rng.uniform(1.6, 2.8)
        for store, (size, profile) in STORES.items():
            week = np.asarray(profile)[weekday]
            mean = base * size * season * week * promo * rng.uniform(0.85, 1.15)
            mean = np.where(eve, mean * 1.6, mean)
            mean = np.where(holiday, 0.0, mean)
            k = 3.0 if kind == "slow" else 12.0
            sales = rng.poisson(mean * rng.gamma(k, 1.0 / k, DAYS))
            if kind == "slow":
                sales = np.where(sales > 0, sales + rng.poisson(0.6, DAYS), 0)
            for d, q in zip(dates, sales, strict=True):
                if q > 0 or kind not in ("launch",) or d.timetuple().tm_yday >= 120:
                    rows.append((d.isoformat(), item, store, int(q)))
    with OUT.open("w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["date", "item", "store", "sales"])
        w.writerows(sorted(rows))


if __name__ == "__main__":
    main()
