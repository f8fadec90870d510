# Runs statcheck (Debian's r-cran-statcheck) over every file of a folder, one string per file, and prints the
# time statcheck itself took, the bytes read and the rows it found: the side-by-side measure of docs/performance.md.
# Each file is its own call: statcheck 1.4.0 stops a whole call with "argument is of length zero" (extract_stats, its
# Q-test pattern) on some papers, so those files are counted as failed and their time is still included.
# Usage: Rscript tools/statcheck-beside/statcheck-folder.R FOLDER
suppressPackageStartupMessages(library(statcheck))
args <- commandArgs(trailingOnly = TRUE)
files <- sort(list.files(args[1], full.names = TRUE))
texts <- vapply(files, function(f) readChar(f, file.info(f)$size, useBytes = TRUE), character(1))
bytes <- sum(file.info(files)$size)
rows <- 0
failed <- 0
timing <- system.time(for (text in texts) {
  result <- tryCatch(suppressWarnings(statcheck(text, messages = FALSE)), error = function(e) { failed <<- failed + 1; NULL })
  if (!is.null(result)) rows <- rows + nrow(result)
})
cat(sprintf("statcheck %s: %d files (%d stopped with an error), %.1f MB, %d rows, %.2f s elapsed, %.2f s user, %.2f MB/s (elapsed), %.2f MB/s (user)\n",
            as.character(packageVersion("statcheck")), length(files), failed, bytes / 1e6, rows,
            timing[["elapsed"]], timing[["user.self"]], bytes / 1e6 / timing[["elapsed"]], bytes / 1e6 / timing[["user.self"]]))
