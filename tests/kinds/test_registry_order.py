"""A document's kind never depends on the order recognisers were registered in."""

import random

from scripts import recognise as spec
from scripts.documents import split_documents
from scripts.sources import load_corrections, read_source


def test_shuffled_recognisers_give_every_issue_1_document_the_same_kind(source_text, tables,
                                                                        monkeypatch):
    spec.registered_kinds()  # the built-ins are registered
    shuffled = list(spec.RECOGNISERS)
    random.Random(9).shuffle(shuffled)
    assert shuffled != spec.RECOGNISERS
    monkeypatch.setattr(spec, "RECOGNISERS", shuffled)
    fresh = read_source(source_text.source, load_corrections())
    kinds = [(document.kind, document.kind_reason) for document in split_documents(fresh)]
    issue_1 = source_text.source.source_id
    assert kinds == [(row["kind"], row["kind_reason"]) for row in tables["documents"]
                     if row["source_id"] == issue_1]
