. /work/venvs/speed2/bin/activate
export PYTHONHASHSEED=0
for v in before after before after; do
 for a in "" x; do
  echo "$v [$a] $(PYTHONPATH=/tmp/speed2/$v/src valgrind --tool=callgrind --callgrind-out-file=/dev/null python /tmp/speed2/ex_ent.py $a 2>&1 | grep Collected)"
 done
done
