/** The {@code roundtable} command line: export, validate and demo. Filled by its own issue. */
package dev.roundtable.cli;
