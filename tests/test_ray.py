"""--engine ray on a local Ray cluster gives the same output as a local run."""
from pathlib import Path

import pytest

from test_parallel import count_lines, dumps, merge_counts, reference, run, tree  # noqa: F401 (fixtures)

ray = pytest.importorskip("ray", reason="Ray is not installed: pip install '.[ray]'")


@pytest.fixture(scope="module")
def local_cluster():
    # Workers import this folder's helpers (count_lines) as a user's own code would be shipped.
    tests = str(Path(__file__).resolve().parent)
    ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False,
             runtime_env={"env_vars": {"PYTHONPATH": tests}})
    yield
    ray.shutdown()


def test_ray_engine_writes_the_local_output(local_cluster, dumps, reference, tmp_path):
    assert run([dumps], tmp_path / "ray", "--engine", "ray", "--batch-size", "7") == 1
    assert tree(tmp_path / "ray") == reference


def test_ray_map_reduce_matches_local(local_cluster, dumps):
    from normalizer.executors import make_executor
    from normalizer.pipeline import Pipeline
    from normalizer.runner import Run

    r = Run(Pipeline(), Path("/nonexistent-out"), batch_size=7)
    results = []
    for engine in ("ray", "local"):
        executor = make_executor(r, engine, 2)
        try:
            results.append(executor.map_reduce(count_lines, r.plan([dumps]).units(split=executor.splits),
                                               merge_counts, {}))
        finally:
            executor.close()
    assert results[0] == results[1] and sum(results[0].values()) > 1000
