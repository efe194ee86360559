"""Orchestration: running the pipeline over many files (a batch here or in worker processes, the
shared import queue, the OCR refill, re-extraction), each file read by foia.ingest, analysed by
foia.analysis and written by foia.store.

    files.py       the inputs: files under the paths given, their identity, their outcomes
    options.py     what a batch is told and whom it tells
    process.py     one file read and analysed under a time limit (no database)
    storing.py     one processed file stored in its own transaction, retried on conflicts
    batch.py       the batch: import_paths
    workers.py     the worker pool
    page_pool.py   workers sharing the pages of one large file (more workers than files)
    lifetime.py    worker processes that die with their importer
    queue.py       the import queue shared by several importers (`foia import --queue`)
    ocr_refill.py  `foia ocr`
    reextract.py   `foia reextract`"""
