NAME          small_free  FREE
OBJSENSE
    MAX
ROWS
 N obj
 L c1
 L c2
COLUMNS
 x obj 3 c1 1
 x c2 2
 y obj 2 c1 1
 y c2 1
RHS
 rhs c1 4 c2 6
BOUNDS
 UP bnd x 3
 UI bnd y 10
ENDATA
