NAME t FREE
ROWS
 N obj
 L r
COLUMNS
 x obj 1
 y r 1
 x r 2
RHS
 rhs r 4
ENDATA
