NAME          t
ROWS
 N  obj
 L  c1
COLUMNS
    x         obj          1.0   c1           1.0
RHS
    RHS       c7           4.0
ENDATA
