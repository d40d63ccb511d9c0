from spin.cli import main

raise SystemExit(main())
