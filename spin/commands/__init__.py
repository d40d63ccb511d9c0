"""One module per ``spin`` subcommand: ``HELP``, ``add_arguments(parser)``, ``run(args)``."""
