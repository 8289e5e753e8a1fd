"""A malformed curated vocabulary file stops extraction naming its file, row and column."""

import shutil

import pytest

from scripts.errors import PipelineError
from scripts.sources import SOURCES_DIR
from tests.kinds import snippets
from tests.kinds.synthetic import Doc, extract_text, issue_text


@pytest.fixture
def vocab_dir(tmp_path):
    shutil.copytree(SOURCES_DIR / "vocab", tmp_path / "vocab")
    return tmp_path / "vocab"


def test_an_unknown_header_role_names_the_file_row_and_column(tmp_path, vocab_dir):
    path = vocab_dir / "task_headers.csv"
    path.write_text(path.read_text(encoding="utf-8").replace("序号,number,", "序号,numero,", 1),
                    encoding="utf-8")
    with pytest.raises(PipelineError, match=r"task_headers.csv:2 \[role\]: unknown role 'numero'"):
        extract_text(issue_text(snippets.SAFETY_NOTICE), tmp_path)


def test_a_vocabulary_file_with_the_wrong_header_is_refused(tmp_path, vocab_dir):
    path = vocab_dir / "kind_cues.csv"
    path.write_text("kind,cue\nappointments,任命\n", encoding="utf-8")
    with pytest.raises(PipelineError,
                       match=r"kind_cues.csv:1: header is .*expected kind,where,cue,note"):
        extract_text(issue_text(snippets.APPOINTMENTS), tmp_path)


def test_a_sources_directory_with_its_own_vocabulary_uses_it(tmp_path, vocab_dir):
    body = snippets.SAFETY_NOTICE.body.replace("具体工作\t", "检查事项\t")
    notice = Doc(snippets.OFFICE, snippets.SAFETY_NOTICE.toc_title, body)
    (tmp_path / "repository").mkdir()
    with_repository_vocabulary = extract_text(issue_text(notice), tmp_path / "repository")
    assert [item.suggested_row for item in with_repository_vocabulary.review] == ["检查事项,task,"]
    path = vocab_dir / "task_headers.csv"
    path.write_text(path.read_text(encoding="utf-8") + "检查事项,task,\n", encoding="utf-8")
    with_own_vocabulary = extract_text(issue_text(notice), tmp_path)
    assert with_own_vocabulary.review == []
    assert len(with_own_vocabulary.tables["tasks"]) == 3
