from editor.cli.main import run

run()
