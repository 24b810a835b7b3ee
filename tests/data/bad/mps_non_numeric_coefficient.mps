NAME          t
ROWS
 N  obj
 L  c1
COLUMNS
    x         obj          1.0   c1           one
RHS
    RHS       c1           4.0
ENDATA
