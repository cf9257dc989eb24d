package io.github.novu4j.sample.orders;

import java.net.URI;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The order API: {@code POST /orders}, {@code POST /orders/{id}/ship}, {@code GET /orders/{id}}. Placing and
 * shipping answer the order together with the transaction id of the Novu notification they triggered.
 */
@RestController
@RequestMapping("/orders")
class OrderController {

	private final OrderService orders;

	OrderController(OrderService orders) {
		this.orders = orders;
	}

	@PostMapping
	ResponseEntity<OrderResult> place(@RequestBody PlaceOrderRequest request) {
		OrderResult result = this.orders.place(request);
		return ResponseEntity.created(URI.create("/orders/" + result.order().id())).body(result);
	}

	@PostMapping("/{id}/ship")
	OrderResult ship(@PathVariable String id, @RequestBody(required = false) @Nullable ShipOrderRequest request) {
		return this.orders.ship(id, request);
	}

	@GetMapping("/{id}")
	Order get(@PathVariable String id) {
		return this.orders.get(id);
	}

	@ExceptionHandler
	ProblemDetail notFound(OrderNotFoundException ex) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, ex.getMessage());
	}

	@ExceptionHandler
	ProblemDetail invalid(InvalidOrderException ex) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, ex.getMessage());
	}

	@ExceptionHandler
	ProblemDetail conflict(OrderAlreadyShippedException ex) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, ex.getMessage());
	}

}
