// The C details of libcurl that Swift cannot use directly live here, and only here.
#ifndef QADAM_CCURL_SHIM_H
#define QADAM_CCURL_SHIM_H

#include <curl/curl.h>

// curl_easy_setopt is variadic, which Swift cannot call: one typed wrapper per kind of value.
static inline CURLcode qadam_curl_set_string(CURL *curl, CURLoption option, const char *value) {
    return curl_easy_setopt(curl, option, value);
}
static inline CURLcode qadam_curl_set_long(CURL *curl, CURLoption option, long value) {
    return curl_easy_setopt(curl, option, value);
}
static inline CURLcode qadam_curl_set_pointer(CURL *curl, CURLoption option, void *value) {
    return curl_easy_setopt(curl, option, value);
}
typedef size_t (*qadam_curl_read_callback)(char *buffer, size_t size, size_t count, void *userdata);
static inline CURLcode qadam_curl_set_read_function(CURL *curl, qadam_curl_read_callback callback) {
    return curl_easy_setopt(curl, CURLOPT_READFUNCTION, callback);
}

// curl_easy_getinfo is variadic too. The last reply code of the server: an SMTP 5xx is a refusal for good.
static inline long qadam_curl_response_code(CURL *curl) {
    long code = 0;
    curl_easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &code);
    return code;
}

#endif
