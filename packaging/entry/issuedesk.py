"""Entry point of the frozen `issuedesk` program: the same command line as `python -m editor`."""
import multiprocessing

from editor.cli.main import run

if __name__ == "__main__":
    # A frozen program re-runs itself for child processes; this lets such a child do its job.
    multiprocessing.freeze_support()
    run()
