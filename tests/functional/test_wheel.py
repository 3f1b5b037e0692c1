"""The wheel built from the project installs and runs in a fresh virtual environment."""

from __future__ import annotations

import json
import subprocess
import sys
import venv
from pathlib import Path

import pytest

from tests.conftest import ROOT, SEED

# Runs inside the fresh environment: the app must find its styles and seeds in the wheel.
_HEADLESS_RUN = """
import asyncio, sys
from tui.app import QuotelensApp
from tui.library import open_library
from tui.resources import default_article_paths, styles_dir

assert "site-packages" in str(styles_dir()), styles_dir()

async def main():
    app = QuotelensApp(open_library(default_article_paths()))
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        print(app.screen.title)
        await pilot.press("q")

asyncio.run(main())
"""


@pytest.mark.slow
def test_wheel_installs_and_runs(tmp_path: Path) -> None:
    dist = tmp_path / "dist"
    subprocess.run(
        [sys.executable, "-m", "build", "--wheel", "--outdir", str(dist), str(ROOT)],
        check=True,
        capture_output=True,
        timeout=300,
    )
    [wheel] = dist.glob("quotelens-*.whl")
    env_dir = tmp_path / "env"
    venv.create(env_dir, with_pip=True)
    python = env_dir / "bin" / "python"
    subprocess.run(
        [str(python), "-m", "pip", "install", "-q", str(wheel)],
        check=True,
        capture_output=True,
        timeout=600,
    )
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()

    def installed(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            args, cwd=elsewhere, capture_output=True, text=True, timeout=120, check=True
        )

    assert installed(str(env_dir / "bin" / "quotelens"), "--version").stdout.startswith("quotelens")
    shipped = env_dir.glob(f"lib/python*/site-packages/tui/seeds/{SEED.name}")
    [seed] = list(shipped)
    assert seed.read_bytes() == SEED.read_bytes()
    extracted = installed(str(env_dir / "bin" / "quotelens"), "extract", str(seed))
    assert json.loads(extracted.stdout)[0]["source"] == "AFP"
    shown = installed(str(python), "-c", _HEADLESS_RUN)
    assert "Russia rules out ceding back war territory" in shown.stdout
