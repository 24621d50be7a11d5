"""``triage evals``: measure, calibrate, tune and guard extraction, matching and the gate.

Modules: ``dataset`` (typed examples), ``gateway`` (an in-memory Odoo from the dataset),
``runner`` (the pipeline's stages per example, process pool), ``metrics``, ``rundir``
(run directories), ``calibrate``, ``tune``, ``compare``, ``report`` (one offline HTML
file), ``gate`` (regressions against ``evals/baseline.json``), ``feedback`` (planners'
outcomes as examples) and ``risk`` (the stockout backtest as a run).
"""
