"""Extraction at scale: articles given as data (JSON lines, Parquet rows) as well as files,
extracted in worker processes or on a Dask cluster, and written in ``extract``'s formats or as
Parquet tables.

The reader never imports this package. pyarrow and dask are optional extras, imported only by
the modules that need them (``parquet``, ``cluster``) when an option asks for them.
"""
