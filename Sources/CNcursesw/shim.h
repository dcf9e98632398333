// ncursesw for Swift: the wide-character API made visible, and small
// functions for what Swift cannot import (macros, C globals).
#ifndef GCVIZ_CNCURSESW_SHIM_H
#define GCVIZ_CNCURSESW_SHIM_H

#define _XOPEN_SOURCE_EXTENDED 1
#define NCURSES_WIDECHAR 1
#include <locale.h>
#include <langinfo.h>
#include <ncurses.h>
#include <term.h>
#include <termios.h>
#include <unistd.h>

static inline WINDOW *gcviz_stdscr(void) { return stdscr; }
// newterm rather than initscr: on a terminal it cannot drive, it returns
// NULL instead of printing its own message and exiting.
static inline SCREEN *gcviz_newterm(void) { return newterm(NULL, stdout, stdin); }
static inline int gcviz_lines(void) { return LINES; }
static inline int gcviz_cols(void) { return COLS; }
static inline int gcviz_colors(void) { return COLORS; }
static inline int gcviz_color_pairs(void) { return COLOR_PAIRS; }

static inline attr_t gcviz_a_bold(void) { return A_BOLD; }
static inline attr_t gcviz_a_dim(void) { return A_DIM; }
static inline attr_t gcviz_a_reverse(void) { return A_REVERSE; }
static inline attr_t gcviz_a_underline(void) { return A_UNDERLINE; }
static inline attr_t gcviz_a_normal(void) { return A_NORMAL; }

static inline int gcviz_key_code_yes(void) { return KEY_CODE_YES; }

// A terminfo string capability of the current terminal, or NULL where it
// has none (tigetstr's (char *)-1 for "not a string capability" too).
static inline const char *gcviz_terminfo_string(const char *name) {
  char *value = tigetstr((NCURSES_CONST char *)name);
  return (value == NULL || value == (char *)-1) ? NULL : value;
}

// Why a terminal type cannot be used, after newterm failed: setupterm's
// error code (1: a hardcopy terminal, 0: not in the terminfo database or
// too generic, -1: no terminfo database), or 2 when setupterm accepts it.
static inline int gcviz_terminal_problem(const char *term) {
  int error = 2;
  if (setupterm((NCURSES_CONST char *)term, 1, &error) == OK) {
    del_curterm(cur_term);
    return 2;
  }
  return error;
}

#endif
