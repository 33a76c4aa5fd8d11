"""Run the coder on Apache Spark: an adapter over :func:`hadath.pipeline.code_document`.

``run_job(input, output)`` reads JSON Lines, text, HTML, WARC or Parquet input, codes every
partition with the same function as ``hadath code`` and writes the mention, document and problem
tables as Parquet (schemas of :mod:`hadath.rows`, layout in ``docs/spark.md``). PySpark is
imported only when a job runs, so this package imports without it.

Run it as ``hadath spark INPUT OUTPUT``, ``python -m hadath.spark INPUT OUTPUT`` or
``spark-submit src/hadath/spark/__main__.py INPUT OUTPUT``.
"""

from hadath.spark.job import JobSummary, check_requirements, local_session, run_job

__all__ = ["JobSummary", "check_requirements", "local_session", "run_job"]
