from kimdocs.cli import main

main()
