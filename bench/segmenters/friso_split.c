/* Segments the lines of stdin with friso (libfriso-dev, friso-dict; /etc/friso/friso.ini,
 * complex mode, no synonyms or secondary splits): without an argument prints offset:length
 * (bytes) of every token per line; always the CPU time on standard error. */
#include <friso.h>
#include <stdio.h>
#include <string.h>
#include <stdlib.h>
#include <time.h>
int main(int argc, char **argv) {
    friso_t friso = friso_new();
    friso_config_t config = friso_new_config();
    if (friso_init_from_ifile(friso, config, "/etc/friso/friso.ini") != 1) { fprintf(stderr, "init failed\n"); return 1; }
    config->add_syn = 0; config->en_sseg = 0; config->keep_urec = 1; config->clr_stw = 0;
    friso_set_mode(config, __FRISO_COMPLEX_MODE__);
    friso_task_t task = friso_new_task();
    int quiet = argc > 1; (void)argv;
    char *line = NULL; size_t cap = 0; ssize_t n; long bytes = 0;
    struct timespec t0, t1; clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t0);
    while ((n = getline(&line, &cap, stdin)) > 0) {
        if (line[n-1] == '\n') line[--n] = 0;
        bytes += n;
        friso_set_text(task, line);
        while (config->next_token(friso, config, task) != NULL) {
            if (!quiet) printf("%d:%d ", task->token->offset, task->token->rlen);
        }
        if (!quiet) printf("\n");
    }
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t1);
    double s = (t1.tv_sec - t0.tv_sec) + (t1.tv_nsec - t0.tv_nsec) / 1e9;
    fprintf(stderr, "friso: %ld bytes in %.3f s = %.2f MB/s\n", bytes, s, bytes / s / 1e6);
    return 0;
}
