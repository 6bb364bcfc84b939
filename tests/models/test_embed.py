import os
import subprocess
import sys

import numpy as np
import pytest

from models.embed import DEFAULT_MODEL, encode_new, packaged_model_path
from models.passages import passages
from tests.conftest import REPO, RecordingEmbedder


def test_the_default_model_is_the_packaged_minilm_and_gives_unit_vectors(minilm):
    assert minilm.name == DEFAULT_MODEL and minilm.dim == 384 and minilm.max_seq_length == 256
    assert (packaged_model_path() / "model.safetensors").is_file()
    vectors = minilm.encode(["We train detection models on laparoscopic video.",
                             "Surgical instrument detection in endoscopy footage.",
                             "You will reconcile invoices and run payroll in Excel."])
    assert vectors.shape == (3, 384) and vectors.dtype == np.float32
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-5)
    similar, unrelated = float(vectors[0] @ vectors[1]), float(vectors[0] @ vectors[2])
    assert similar > 0.4 and unrelated < 0.15


def test_the_default_model_loads_with_the_hub_offline_in_a_fresh_process(tmp_path):
    env = {**os.environ, "HF_HUB_OFFLINE": "1", "HF_HOME": str(tmp_path / "hf"), "NO_PROXY": "*",
           "HTTPS_PROXY": "http://127.0.0.1:9", "HTTP_PROXY": "http://127.0.0.1:9"}
    code = ("from models.embed import SentenceTransformerEmbedder as S; e = S(); "
            "print(e.name, e.encode(['offline']).shape)")
    done = subprocess.run([sys.executable, "-c", code], cwd=REPO, env=env, capture_output=True, text=True,
                          timeout=300)
    assert done.returncode == 0, done.stderr[-2000:]
    assert "sentence-transformers/all-MiniLM-L6-v2 (1, 384)" in done.stdout
    assert not (tmp_path / "hf").exists() or not any((tmp_path / "hf").rglob("*.safetensors"))


def test_encode_new_encodes_only_missing_texts_shortest_first_and_reports_progress():
    model = RecordingEmbedder(16)
    texts = {"h1": "a much longer text here", "h2": "short", "h3": "cached text"}
    reports = []
    steps = list(encode_new(texts, {"h3"}, model, progress=lambda done, total: reports.append((done, total)), step=1))
    assert [hashes for hashes, _ in steps] == [["h2"], ["h1"]]
    assert model.encoded == ["short", "a much longer text here"]
    assert reports == [(1, 2), (2, 2)]
    assert np.allclose(steps[0][1], model.encode(["short"]))


@pytest.mark.corpus
def test_corpus_passages_fit_what_the_model_reads(corpus, minilm):
    sys.path.insert(0, str(REPO))
    from bench.corpus_postings import dataset_postings

    sample = [p for i, p in enumerate(dataset_postings(corpus)) if i % 10 == 0]
    items = passages(sample)
    texts = [p.model_text for p in items if p.section != "summary"]  # summaries are cut by the model on purpose
    tokens = minilm.count_tokens(texts)
    assert len(texts) > 1000 and any(p.section == "summary" for p in items)
    assert max(tokens) <= minilm.max_seq_length, texts[int(np.argmax(tokens))][:300]
