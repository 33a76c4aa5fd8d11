.PHONY: setup test lint bench eval

setup:
	python3.11 -m venv .venv && .venv/bin/pip install -q -e '.[dev,web,spark]'

test:
	.venv/bin/python -m pytest -q

lint:
	.venv/bin/ruff check src tests bench tools

bench:
	.venv/bin/python bench/throughput.py

eval:
	.venv/bin/hadath eval ../shared/eval/gold_dev_ar.jsonl
