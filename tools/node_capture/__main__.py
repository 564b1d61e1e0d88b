from tools.node_capture import main

raise SystemExit(main())
