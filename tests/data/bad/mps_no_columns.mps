NAME          t
ROWS
 N  obj
 L  c1
COLUMNS
RHS
    RHS       c1           1.0
ENDATA
