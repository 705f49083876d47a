"""The `issuedesk` command line (see shared/docs/cli.md): thin shells over the core calls."""
