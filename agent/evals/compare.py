"""Two runs side by side: metric deltas and the examples whose outcome flipped."""

from __future__ import annotations

from dataclasses import dataclass, field

from agent.evals.metrics import flatten
from agent.evals.rundir import Run

LOWER_IS_BETTER = frozenset(
    {"errors", "commitment_spurious", "calibration.ece", "calibration.ece_raw", "review_rate",
     "queue_rate"}
)  # fmt: skip


@dataclass(frozen=True)
class Delta:
    """One metric in both runs."""

    metric: str
    a: float | None
    b: float | None

    @property
    def delta(self) -> float | None:
        """``b - a`` when both exist."""
        return None if self.a is None or self.b is None else round(self.b - self.a, 4)

    @property
    def better(self) -> bool | None:
        """Whether B improves on A (``None`` when equal or not comparable)."""
        if not self.delta:
            return None
        return (self.delta < 0) if self.metric in LOWER_IS_BETTER else (self.delta > 0)


@dataclass(frozen=True)
class Flip:
    """An example whose outcome differs between the runs."""

    id: str
    field: str
    a: str
    b: str


@dataclass
class Comparison:
    """Deltas and flips of run B against run A."""

    a: str
    b: str
    deltas: list[Delta] = field(default_factory=list)
    flips: list[Flip] = field(default_factory=list)

    def as_dict(self) -> dict[str, object]:
        """JSON-ready."""
        return {
            "a": self.a,
            "b": self.b,
            "deltas": [
                {"metric": d.metric, "a": d.a, "b": d.b, "delta": d.delta, "better": d.better}
                for d in self.deltas
            ],
            "flips": [f.__dict__ for f in self.flips],
        }


FLIP_FIELDS = ("correct", "pred_intent", "pred_commitment", "decision")


def compare(a: Run, b: Run) -> Comparison:
    """Metric deltas (union of both runs' headline figures) and flipped examples."""
    fa, fb = flatten(a.metrics), flatten(b.metrics)
    deltas = [Delta(m, fa.get(m), fb.get(m)) for m in sorted(set(fa) | set(fb))]
    by_id = {r.id: r for r in a.results}
    flips: list[Flip] = []
    for rb in b.results:
        ra = by_id.get(rb.id)
        if ra is None:
            continue
        for name in FLIP_FIELDS:
            va, vb = getattr(ra, name), getattr(rb, name)
            if va != vb:
                flips.append(Flip(rb.id, name, str(va), str(vb)))
    return Comparison(a=a.name, b=b.name, deltas=deltas, flips=flips)
