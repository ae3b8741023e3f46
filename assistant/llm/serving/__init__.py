"""Preparing and running the model server (vLLM) from the Django side.

Nothing here imports torch or vLLM: those live in the model server's own venv (``.venv-llm``),
which ``venv.ensure_model_venv`` builds from the project's pinned requirements. The app only
starts processes in it and talks HTTP to the server.
"""
