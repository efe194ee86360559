"""The page pool: worker processes that share the work on the pages of one large file, when there are
more workers than files (`foia import big.pdf --workers 2`). They read ranges of a PDF's text layer,
split the document into messages and extract the facts of runs of pages (`foia.analysis.page_facts`
needs nothing but the page), while this process finds the document's state clues and mentions for its
context; the results come back in page order, and this process attributes and stores the document in
one transaction, as without them. What is stored is the same either way."""

from __future__ import annotations

import gc
import multiprocessing
import os
import sys
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import TypeVar

from foia.analysis import Analysis, Fact, analyse, page_facts
from foia.extract.entities import Gazetteer
from foia.ingest import Spread
from foia.messages import SplitMessage
from foia.messages.printed import split_printed_thread
from foia.orchestration.lifetime import exit_with_parent
from foia.pages import DocumentText, PageText

_Item = TypeVar("_Item")
_Result = TypeVar("_Result")

# A document of at least this many pages has its pages' facts extracted in the pool, this many pages a
# task: enough that sending them costs little beside the work.
SPREAD_PAGES, EXTRACT_CHUNK = 64, 32


def _ready() -> int:
    return os.getpid()


def _start_worker(parent_pid: int) -> None:
    """Die with the importer, and leave what the fork inherited (modules, compiled patterns, the
    gazetteer) out of the collector's walks: a worker lives for one batch."""
    exit_with_parent(parent_pid)
    gc.freeze()


class PagePool:
    """A `foia.ingest.Spread` over `workers` processes, started on first use and closed with `close`.
    A task whose worker died is done again here: the pool only ever makes a file faster."""

    def __init__(self, workers: int) -> None:
        self.workers = workers
        self._executor: ProcessPoolExecutor | None = None

    def start(self) -> None:
        """Fork the workers now, before a document is opened here (fork copies the whole process)."""
        if self._executor is None:
            context = multiprocessing.get_context("fork" if sys.platform.startswith("linux") else "spawn")
            # Like the file workers, they die with the importer, even by `kill -9`.
            self._executor = ProcessPoolExecutor(self.workers, mp_context=context, initializer=_start_worker,
                                                 initargs=(os.getpid(),))
            for future in [self._executor.submit(_ready) for _ in range(self.workers)]:
                future.result()

    def __call__(self, function: Callable[[_Item], _Result], items: Sequence[_Item]) -> Iterator[_Result]:
        self.start()
        assert self._executor is not None
        try:
            futures: list[Future[_Result]] | None = [self._executor.submit(function, item) for item in items]
        except BrokenProcessPool:
            futures = None
        return self._results(function, items, futures)

    def _results(self, function: Callable[[_Item], _Result], items: Sequence[_Item],
                 futures: list[Future[_Result]] | None) -> Iterator[_Result]:
        try:
            for index, item in enumerate(items):
                try:
                    if futures is None:
                        raise BrokenProcessPool
                    yield futures[index].result()
                except BrokenProcessPool:
                    self._restart()
                    yield function(item)
        finally:  # the file's time limit, or a consumer that stopped early: drop the tasks not begun
            for future in futures or ():
                future.cancel()

    def _restart(self) -> None:
        if self._executor is not None:
            self._executor.shutdown(wait=False, cancel_futures=True)
            self._executor = None

    def close(self) -> None:
        if self._executor is not None:
            self._executor.shutdown(wait=True, cancel_futures=True)
            self._executor = None


def extract_pages(pages: list[PageText]) -> list[list[Fact]]:
    """`page_facts` of each page, in a worker."""
    return [page_facts(page) for page in pages]


def extracted_elsewhere(spread: Spread, pages: list[PageText]) -> Iterator[list[Fact]]:
    """The facts of each page in order, worked out by `spread` in runs of EXTRACT_CHUNK pages; every run
    is handed out before the first result is asked for."""
    runs = [pages[start:start + EXTRACT_CHUNK] for start in range(0, len(pages), EXTRACT_CHUNK)]
    return (facts for run in spread(extract_pages, runs) for facts in run)


def analyse_in_pool(spread: Spread, pages: list[PageText], gazetteer: Gazetteer,
                    messages: list[SplitMessage] | None) -> Analysis:
    """`analyse(pages, gazetteer, messages)`, with the split (when the messages are not given) and the
    facts of each page worked out by `spread`'s workers while this process finds the document's state
    clues and mentions (the gazetteer keeps them for the context analyse builds)."""
    text = DocumentText.from_pages(pages).text
    split = spread(split_printed_thread, [text]) if messages is None else None
    extracted = extracted_elsewhere(spread, pages)
    gazetteer.state_clues(text)
    if split is not None:
        messages = next(split)
    return analyse(pages, gazetteer, messages, extracted=extracted)
