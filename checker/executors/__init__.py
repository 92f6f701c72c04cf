"""Where a run's documents are checked, beyond this machine's own processes.

An executor has the contract of ``checker.engine.check_here``: given the
sources, the compiled facts, ``jobs``, the cache and ``slim_to`` (the facts
whose read mentions to keep, or None to keep every mention), it yields
``(DocumentResult, findings)`` per source, in the sources' order, and
``checker.engine.run(..., executor=...)`` takes one. The local executor
(this process, or a process pool with ``--jobs``) is the engine's own;
``checker.executors.dask_executor`` spreads the documents over a
dask.distributed cluster (``--executor dask``, the ``[dask]`` extra).
Executors import their third-party libraries only when they are used.
"""
