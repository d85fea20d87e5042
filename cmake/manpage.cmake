# Writes seolint.1 (and seolint.1.gz, compressed reproducibly) from `seolint --help-man`.
#   cmake -DSEOLINT=path/to/seolint -DOUT=path/to/seolint.1 -P manpage.cmake
execute_process(COMMAND "${SEOLINT}" --help-man OUTPUT_FILE "${OUT}.tmp" RESULT_VARIABLE status)
file(SIZE "${OUT}.tmp" size)
if(NOT status EQUAL 0 OR size LESS 1000)
  file(REMOVE "${OUT}.tmp")
  message(FATAL_ERROR "seolint --help-man failed (exit ${status}, ${size} bytes)")
endif()
file(RENAME "${OUT}.tmp" "${OUT}")
# gzip -n: no name or time stamp in the header, so the same page gives the same bytes (Debian policy 12.1).
execute_process(COMMAND gzip -9 -n -c "${OUT}" OUTPUT_FILE "${OUT}.gz" RESULT_VARIABLE status)
if(NOT status EQUAL 0)
  message(FATAL_ERROR "gzip ${OUT} failed (exit ${status})")
endif()
