// The C details of rabbitmq-c that Swift cannot use directly live here, and only here.
#ifndef QADAM_CRABBITMQ_SHIM_H
#define QADAM_CRABBITMQ_SHIM_H

#include <amqp.h>
#include <amqp_tcp_socket.h>
#include <amqp_framing.h>
#include <poll.h>
#include <sys/time.h>

// amqp_login is variadic, which Swift cannot call.
static inline amqp_rpc_reply_t qadam_amqp_login(amqp_connection_state_t state, const char *vhost,
                                                int channel_max, int frame_max, int heartbeat,
                                                const char *user, const char *password) {
    return amqp_login(state, vhost, channel_max, frame_max, heartbeat,
                      AMQP_SASL_METHOD_PLAIN, user, password);
}

// The flags of amqp_basic_properties_t are macros built from shifts that Swift does not import.
static inline amqp_flags_t qadam_basic_content_type_flag(void) { return AMQP_BASIC_CONTENT_TYPE_FLAG; }
static inline amqp_flags_t qadam_basic_delivery_mode_flag(void) { return AMQP_BASIC_DELIVERY_MODE_FLAG; }
static inline amqp_flags_t qadam_basic_message_id_flag(void) { return AMQP_BASIC_MESSAGE_ID_FLAG; }
static inline amqp_flags_t qadam_basic_type_flag(void) { return AMQP_BASIC_TYPE_FLAG; }
static inline amqp_flags_t qadam_basic_app_id_flag(void) { return AMQP_BASIC_APP_ID_FLAG; }
static inline amqp_flags_t qadam_basic_correlation_id_flag(void) { return AMQP_BASIC_CORRELATION_ID_FLAG; }
static inline amqp_flags_t qadam_basic_headers_flag(void) { return AMQP_BASIC_HEADERS_FLAG; }

// A frame's method payload, read without reaching through the union from Swift.
static inline amqp_method_number_t qadam_frame_method_id(const amqp_frame_t *frame) {
    return frame->payload.method.id;
}
static inline void *qadam_frame_method_decoded(const amqp_frame_t *frame) {
    return frame->payload.method.decoded;
}

#endif
