// The package declares this test target; it needs one source file to build until its own tests land.
import Testing
